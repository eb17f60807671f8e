package cn.xuchang.hrss.subsidy.efile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's real-name e-file (电子档案, plan 三(五)14): their certificates, every subsidised training (a training
 * voucher) and evaluation, and every subsidy granted for them with its payee (API.md, "Workers, training vouchers
 * and the e-file"). The Chinese names ({@code *Name}, {@code statusText}) are what the pages and the PDF print.
 */
public record EFile(
        String idNumber,
        String name,
        List<CertificateEntry> certificates,
        List<TrainingEntry> trainings,
        List<EvaluationEntry> evaluations,
        List<SubsidyEntry> subsidies) {

    /** A certificate; {@code occupation} is the catalogue's name, {@code occupationCode} what is stored. */
    public record CertificateEntry(
            String certificateNo,
            String kind,
            String kindName,
            String occupation,
            String occupationCode,
            String level,
            String levelName,
            LocalDate issuedOn,
            String issuerCreditCode,
            String issuer) {}

    /**
     * A training voucher: where and when the person trained; {@code status} is the voucher's, except that a voucher
     * still live after its validity ended is shown as the voucher process ends it: {@code EXPIRED} never enrolled, {@code
     * LAPSED} trained without a certificate (worthless, 无证无价).
     */
    public record TrainingEntry(
            String voucherCode,
            String institution,
            String institutionCreditCode,
            String occupation,
            String occupationCode,
            String level,
            String levelName,
            LocalDate issuedOn,
            LocalDate expiresOn,
            LocalDate enrolledOn,
            LocalDate completedOn,
            Integer hours,
            String certificateNo,
            String status,
            String statusText) {}

    /** A subsidised evaluation: the certificate, the evaluation institution paid for it, the claim and its status. */
    public record EvaluationEntry(
            String certificateNo,
            String occupation,
            String level,
            String levelName,
            LocalDate issuedOn,
            String institution,
            String claimId,
            BigDecimal amount,
            String status,
            String statusText) {}

    /** A subsidy granted for the person: scheme, claim, amount, the claim's status and who is paid (the applicant). */
    public record SubsidyEntry(
            String scheme,
            String schemeName,
            String claimId,
            String subject,
            BigDecimal amount,
            String status,
            String statusText,
            String payee,
            String payeeId,
            LocalDate submittedOn) {}
}
