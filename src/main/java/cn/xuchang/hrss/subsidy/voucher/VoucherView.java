package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A training voucher as the API and the portal show it (API.md, Workers, training vouchers): {@code occupation} is the
 * catalogue name, {@code occupationCode} the stored national classification code.
 */
public record VoucherView(
        String code,
        String idNumber,
        String holderName,
        String occupation,
        String occupationCode,
        SkillLevel level,
        String levelLabel,
        BigDecimal faceValue,
        LocalDate issuedOn,
        LocalDate expiresOn,
        TrainingVoucherStatus status,
        String statusLabel,
        String institutionCreditCode,
        String institutionName,
        LocalDate enrolledOn,
        LocalDate completedOn,
        Integer hours,
        String certificateNo,
        LocalDate certifiedOn,
        String redemptionClaimId,
        LocalDate redeemedOn) {

    static VoucherView of(TrainingVoucher v, String holderName, String occupationName, String institutionName) {
        return new VoucherView(
                v.code(),
                v.idNumber(),
                holderName,
                occupationName,
                v.occupation(),
                v.level(),
                v.level().label(),
                Yuan.of(v.faceValue()),
                v.issuedOn(),
                v.expiresOn(),
                v.status(),
                v.status().label(),
                v.institutionCreditCode(),
                institutionName,
                v.enrolledOn(),
                v.completedOn(),
                v.hours(),
                v.certificateNo(),
                v.certifiedOn(),
                v.redemptionClaimId(),
                v.redeemedOn());
    }
}
