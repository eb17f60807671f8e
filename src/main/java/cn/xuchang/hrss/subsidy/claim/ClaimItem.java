package cn.xuchang.hrss.subsidy.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * One line of a claim: a hire, a placement or a certificate. {@code subject} is the ID number (hiring, referral) or
 * the certificate number (evaluation); {@code reasons} is the comma-separated list of rules the line fails.
 * {@code idNumber} is the person the line is about (the holder of the certificate or voucher), stored by
 * {@link Claims} so that a person's lines are found by index (the e-file); null when the line names nobody known.
 */
public record ClaimItem(
        String claimId,
        int lineNo,
        String subject,
        String personName,
        String employerCreditCode,
        LocalDate startedOn,
        boolean eligible,
        BigDecimal amount,
        String reasons,
        String idNumber) {

    /** The constructor the mapper fills from a stored line. */
    @AutomapConstructor
    public ClaimItem {}

    /** A line whose person {@link Claims} works out when it stores it. */
    public ClaimItem(
            String claimId,
            int lineNo,
            String subject,
            String personName,
            String employerCreditCode,
            LocalDate startedOn,
            boolean eligible,
            BigDecimal amount,
            String reasons) {
        this(claimId, lineNo, subject, personName, employerCreditCode, startedOn, eligible, amount, reasons, null);
    }

    /** A line as submitted, before validation. */
    public static ClaimItem submitted(int lineNo, String subject, String employerCreditCode, LocalDate startedOn) {
        return new ClaimItem(null, lineNo, subject, null, employerCreditCode, startedOn, false, BigDecimal.ZERO, "");
    }

    /** The same line about that person. */
    public ClaimItem withIdNumber(String person) {
        return new ClaimItem(
                claimId, lineNo, subject, personName, employerCreditCode, startedOn, eligible, amount, reasons, person);
    }

    public List<String> reasonList() {
        return reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
    }
}
