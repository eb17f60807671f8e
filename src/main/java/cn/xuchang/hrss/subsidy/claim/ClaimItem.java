package cn.xuchang.hrss.subsidy.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a claim: a hire, a placement or a certificate. {@code subject} is the ID number (hiring, referral) or
 * the certificate number (evaluation); {@code reasons} is the comma-separated list of rules the line fails.
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
        String reasons) {

    /** A line as submitted, before validation. */
    public static ClaimItem submitted(int lineNo, String subject, String employerCreditCode, LocalDate startedOn) {
        return new ClaimItem(null, lineNo, subject, null, employerCreditCode, startedOn, false, BigDecimal.ZERO, "");
    }

    public List<String> reasonList() {
        return reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
    }
}
