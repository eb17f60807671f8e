package cn.xuchang.hrss.subsidy.portal;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One line an applicant types (or a roster gave): a person and date, with an employer, or a certificate number. */
public class PortalLine {

    private String idNumber;
    private String employer;
    private String certificateNo;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private boolean removed;

    public PortalLine() {}

    public PortalLine(String idNumber, String employer, String certificateNo, LocalDate date) {
        this.idNumber = idNumber;
        this.employer = employer;
        this.certificateNo = certificateNo;
        this.date = date;
    }

    /** A line the applicant left empty or ticked for removal is not sent. */
    public boolean isBlank() {
        return removed || (isEmpty(idNumber) && isEmpty(employer) && isEmpty(certificateNo) && date == null);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isBlank();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber == null ? null : idNumber.strip();
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer == null ? null : employer.strip();
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo == null ? null : certificateNo.strip();
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isRemoved() {
        return removed;
    }

    public void setRemoved(boolean removed) {
        this.removed = removed;
    }
}
