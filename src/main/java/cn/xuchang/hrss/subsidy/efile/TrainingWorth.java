package cn.xuchang.hrss.subsidy.efile;

import java.time.LocalDate;
import java.util.Map;

/**
 * How a training voucher reads in the e-file (plan 三(五)15: 以证换券, 无证无价), in the voucher process's own statuses: a
 * voucher still live when its validity has ended is worthless, whether or not the process has marked it yet: never
 * enrolled, it is {@code EXPIRED}; enrolled or trained without a certificate, it is {@code LAPSED} and says why.
 */
final class TrainingWorth {

    static final String EXPIRED = "EXPIRED";
    static final String LAPSED = "LAPSED";

    private static final Map<String, String> TEXT = Map.of(
            "ISSUED",
            "已领券，待报名培训",
            "ENROLLED",
            "培训中",
            "TRAINED",
            "已结业，待取得证书后兑现",
            "CERTIFIED",
            "已取得证书，待培训机构兑现",
            "REDEEMED",
            "已兑现",
            EXPIRED,
            "已过期作废：有效期内未报名培训",
            LAPSED,
            "已过期作废：培训后有效期内未取得证书，培训券不予兑现（无证无价）");

    private TrainingWorth() {}

    /** The status to show: the stored one, or what the end of the validity makes of a live uncertified voucher. */
    static String status(String stored, LocalDate expiresOn, LocalDate today) {
        boolean ended = expiresOn != null && expiresOn.isBefore(today);
        return switch (stored) {
            case "ISSUED" -> ended ? EXPIRED : stored;
            case "ENROLLED", "TRAINED" -> ended ? LAPSED : stored;
            default -> stored;
        };
    }

    /** The status in words. */
    static String text(String status) {
        return TEXT.getOrDefault(status, status);
    }
}
