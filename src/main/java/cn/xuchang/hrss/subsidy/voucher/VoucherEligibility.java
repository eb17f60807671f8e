package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.Reasons;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The training-voucher rules (三(五)15: 发券 → 培训 → 评价 → 持证 → 兑现; 实名制、不得转让、以证换券、无证无价), as plain
 * functions of the facts the service gathers.
 *
 * <p>Readings we chose where the clause is silent: a voucher is valid from its issue day for the configured validity
 * (default 12 months); it must be enrolled, trained and certified within it (the last valid day is {@code expiresOn});
 * a worker already holding the occupation at the level or higher gets no voucher for it; the certificate that redeems
 * a voucher is the holder's, of the voucher's occupation and exactly its level, issued on or after the enrolment and
 * by the last valid day, by an institution listed for evaluation of that occupation and level on the issue day.
 */
public final class VoucherEligibility {

    public static final String VOUCHER_ALREADY_HELD = "VOUCHER_ALREADY_HELD";
    public static final String CERTIFICATE_ALREADY_HELD = "CERTIFICATE_ALREADY_HELD";
    public static final String NO_VOUCHER_STANDARD = "NO_VOUCHER_STANDARD";
    public static final String VOUCHER_NOT_TRANSFERABLE = "VOUCHER_NOT_TRANSFERABLE";
    public static final String INSTITUTION_NOT_LISTED = "INSTITUTION_NOT_LISTED";
    public static final String VOUCHER_EXPIRED = "VOUCHER_EXPIRED";
    public static final String VOUCHER_NOT_ISSUED = "VOUCHER_NOT_ISSUED";
    public static final String VOUCHER_NOT_ENROLLED = "VOUCHER_NOT_ENROLLED";

    private VoucherEligibility() {}

    /** A refusal: its stable code and what the user reads. */
    public record Refusal(String code, String message) {}

    /**
     * Whether a worker may take a voucher for the occupation and level.
     *
     * @param liveVoucherHeld a live voucher for this occupation and level exists
     * @param heldLevels the levels of the worker's certificates of this occupation (skill level or qualification)
     * @param faceValue the face value the decision table gives the level; null: no standard
     */
    public static Optional<Refusal> refuseIssue(
            SkillLevel level, boolean liveVoucherHeld, Set<SkillLevel> heldLevels, BigDecimal faceValue) {
        if (liveVoucherHeld) {
            return Optional.of(new Refusal(VOUCHER_ALREADY_HELD, "您已持有该职业该等级尚未用完的培训券，不能重复申领"));
        }
        if (heldLevels.stream().anyMatch(held -> held.compareTo(level) >= 0)) {
            return Optional.of(
                    new Refusal(CERTIFICATE_ALREADY_HELD, "您已持有该职业" + level.label() + "或更高等级的证书，不能再申领该等级的培训券"));
        }
        if (faceValue == null) {
            return Optional.of(new Refusal(NO_VOUCHER_STANDARD, level.label() + "没有培训券面额标准，不发放培训券"));
        }
        return Optional.empty();
    }

    /**
     * Whether the institution may enrol the voucher's holder on the day.
     *
     * @param idNumber the ID number of the person the institution enrols
     * @param listed the institution is listed for training in the voucher's occupation and level on the day
     */
    public static Optional<Refusal> refuseEnrolment(
            TrainingVoucher voucher, String idNumber, boolean listed, LocalDate today) {
        if (!voucher.idNumber().equals(idNumber)) {
            return Optional.of(new Refusal(VOUCHER_NOT_TRANSFERABLE, "培训券实名制、不得转让：报名人不是持券人本人"));
        }
        if (voucher.status() == TrainingVoucherStatus.EXPIRED
                || (voucher.status() == TrainingVoucherStatus.ISSUED && today.isAfter(voucher.expiresOn()))) {
            return Optional.of(new Refusal(VOUCHER_EXPIRED, "培训券已过有效期（" + voucher.expiresOn() + "），不能报名"));
        }
        if (voucher.status() != TrainingVoucherStatus.ISSUED) {
            return Optional.of(new Refusal(
                    VOUCHER_NOT_ISSUED, "培训券当前状态为“" + voucher.status().label() + "”，已在其他机构报名或已使用，不能再报名"));
        }
        if (!listed) {
            return Optional.of(new Refusal(INSTITUTION_NOT_LISTED, "本机构未列入该职业该等级的培训机构目录，不能受理该培训券"));
        }
        return Optional.empty();
    }

    /** Whether the enrolling institution may record the training as completed on the day. */
    public static Optional<Refusal> refuseCompletion(TrainingVoucher voucher) {
        if (voucher.status() != TrainingVoucherStatus.ENROLLED) {
            return Optional.of(new Refusal(
                    VOUCHER_NOT_ENROLLED, "培训券当前状态为“" + voucher.status().label() + "”，只有已报名培训的券才能登记结业"));
        }
        return Optional.empty();
    }

    /** A certificate as the rule reads it. */
    public record CertificateFacts(
            String certificateNo,
            String idNumber,
            String occupationCode,
            SkillLevel level,
            LocalDate issuedOn,
            boolean issuerListedForEvaluation) {}

    /** Whether the certificate certifies the voucher (以证换券). */
    public static boolean certifies(TrainingVoucher voucher, CertificateFacts certificate) {
        return voucher.status() == TrainingVoucherStatus.TRAINED
                && voucher.idNumber().equals(certificate.idNumber())
                && voucher.occupation().equals(certificate.occupationCode())
                && voucher.level() == certificate.level()
                && voucher.enrolledOn() != null
                && !certificate.issuedOn().isBefore(voucher.enrolledOn())
                && !certificate.issuedOn().isAfter(voucher.expiresOn())
                && certificate.issuerListedForEvaluation();
    }

    /** One voucher code of a redemption claim, and how it was assessed. */
    public record Result(
            int lineNo, String code, String holderName, List<String> reasons, BigDecimal amount, String grantKey) {
        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    /**
     * Assesses the codes of a redemption claim, listing every rule each fails; an eligible voucher pays its face value
     * and reserves its code as the grant key (one live grant per code: paid once, whoever submits).
     *
     * @param vouchers the stored vouchers among the codes, by code
     * @param holderNames the holders' names, by ID number
     * @param alreadyGranted codes that hold a reserved or paid redemption
     */
    public static List<Result> assessRedemption(
            String institution,
            List<String> codes,
            Map<String, TrainingVoucher> vouchers,
            Map<String, String> holderNames,
            Set<String> alreadyGranted) {
        Set<String> seen = new HashSet<>();
        List<Result> results = new ArrayList<>();
        int lineNo = 1;
        for (String raw : codes) {
            String code = raw == null ? "" : raw.strip();
            List<String> reasons = new ArrayList<>();
            TrainingVoucher voucher = vouchers.get(code);
            if (voucher == null || !institution.equals(voucher.institutionCreditCode())) {
                // a voucher not enrolled here is not disclosed as existing unless it was enrolled with this institution
                reasons.add(voucher == null ? Reasons.VOUCHER_UNKNOWN : Reasons.NOT_ENROLLED_HERE);
            } else if (voucher.status() == TrainingVoucherStatus.REDEEMED || alreadyGranted.contains(code)) {
                reasons.add(Reasons.ALREADY_REDEEMED);
            } else if (voucher.status() != TrainingVoucherStatus.CERTIFIED) {
                reasons.add(Reasons.NOT_CERTIFIED);
            }
            if (!seen.add(code)) {
                reasons.add(Reasons.DUPLICATE_IN_CLAIM);
            }
            String name = voucher == null || reasons.contains(Reasons.NOT_ENROLLED_HERE)
                    ? null
                    : holderNames.get(voucher.idNumber());
            results.add(new Result(
                    lineNo++,
                    code,
                    name,
                    List.copyOf(reasons),
                    reasons.isEmpty() ? voucher.faceValue() : BigDecimal.ZERO,
                    code));
        }
        return results;
    }
}
