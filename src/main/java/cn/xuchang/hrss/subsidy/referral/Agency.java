package cn.xuchang.hrss.subsidy.referral;

import java.time.LocalDate;

/**
 * An HR service agency (人力资源服务机构) registered to claim referral subsidies; its login user is its credit code. The
 * licence (人力资源服务许可证) is null until an administrator records it.
 */
public record Agency(
        String creditCode,
        String name,
        String countyCode,
        String licenceNo,
        LocalDate licenceValidFrom,
        LocalDate licenceValidUntil) {

    /** The recorded licence, or null when none is. */
    public ReferralEligibility.Licence licence() {
        return licenceNo == null
                ? null
                : new ReferralEligibility.Licence(licenceNo, licenceValidFrom, licenceValidUntil);
    }
}
