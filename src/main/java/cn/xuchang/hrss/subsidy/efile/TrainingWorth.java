package cn.xuchang.hrss.subsidy.efile;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * How a training voucher reads in the e-file (plan 三(五)15: 以证换券, 无证无价): a voucher still live (issued,
 * enrolled, trained) when its validity has ended is worthless and shown as expired, whether or not the voucher process
 * has marked it yet; a trained voucher without a certificate says why it is worth nothing.
 */
final class TrainingWorth {

    static final String EXPIRED = "EXPIRED";

    private static final Set<String> LIVE_UNCERTIFIED = Set.of("ISSUED", "ENROLLED", "TRAINED");

    private static final Map<String, String> TEXT = Map.of(
            "ISSUED", "已领券，待报名培训",
            "ENROLLED", "培训中",
            "TRAINED", "已结业，待取得证书后兑现",
            "CERTIFIED", "已取得证书，待培训机构兑现",
            "REDEEMED", "已兑现");

    private TrainingWorth() {}

    /** The status to show: the stored one, or EXPIRED for a live uncertified voucher past its validity. */
    static String status(String stored, LocalDate expiresOn, LocalDate today) {
        if (LIVE_UNCERTIFIED.contains(stored) && expiresOn != null && expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        return stored;
    }

    /** The status in words; an expired voucher says whether it lapsed untrained or trained without a certificate. */
    static String text(String status, LocalDate enrolledOn) {
        if (EXPIRED.equals(status)) {
            return enrolledOn == null ? "已过期作废：有效期内未报名培训" : "已过期作废：培训后有效期内未取得证书，培训券不予兑现（无证无价）";
        }
        return TEXT.getOrDefault(status, status);
    }
}
