package cn.xuchang.hrss.subsidy.efile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * The four statements of a person's e-file, each walking an index on the person's ID number (README, "The e-file:
 * index plan"); {@code EFileQueryPlanIT} fails when one of them scans a large table.
 */
@Mapper
interface EFileMapper {

    /** The person, by primary key. */
    PersonRow person(String idNumber);

    /** Their certificates, by {@code idx_certificate_person}, with the issuing institution's name. */
    List<CertificateRow> certificates(String idNumber);

    /** Their training vouchers, by {@code idx_voucher_person}, with the training institution's name. */
    List<VoucherRow> vouchers(String idNumber);

    /** The claim lines about them that were found eligible, by {@code idx_claim_item_person}, with their claim. */
    List<SubsidyRow> subsidies(String idNumber);

    record PersonRow(String idNumber, String name) {}

    record CertificateRow(
            String certificateNo,
            String kind,
            String occupation,
            String level,
            LocalDate issuedOn,
            String issuerCreditCode,
            String issuerName) {}

    record VoucherRow(
            String code,
            String occupation,
            String level,
            String status,
            LocalDate issuedOn,
            LocalDate expiresOn,
            String institutionCreditCode,
            String institutionName,
            LocalDate enrolledOn,
            LocalDate completedOn,
            Integer hours,
            String certificateNo) {}

    record SubsidyRow(
            String scheme,
            String claimId,
            String subject,
            BigDecimal amount,
            String status,
            String payee,
            String payeeId,
            LocalDateTime submittedAt) {}
}
