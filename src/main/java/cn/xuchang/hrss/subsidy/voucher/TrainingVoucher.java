package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training voucher as stored (table training_voucher): its holder, occupation (catalogue code) and level, face value
 * (from the recorded decision-table version), validity, and what happened to it so far.
 */
public record TrainingVoucher(
        String code,
        String idNumber,
        String occupation,
        SkillLevel level,
        BigDecimal faceValue,
        String standardId,
        TrainingVoucherStatus status,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String institutionCreditCode,
        LocalDate enrolledOn,
        LocalDate completedOn,
        Integer hours,
        String certificateNo,
        LocalDate certifiedOn,
        String redemptionClaimId,
        LocalDate redeemedOn,
        String processInstanceId) {

    /** The unique live key: one live voucher per person, occupation and level. */
    public static String liveKey(String idNumber, String occupationCode, SkillLevel level) {
        return idNumber + "|" + occupationCode + "|" + level.name();
    }
}
