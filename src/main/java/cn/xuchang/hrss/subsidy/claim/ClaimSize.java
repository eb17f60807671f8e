package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.ApiException;

/** How many lines one claim may list (the setting {@code skill-subsidy.max-items-per-claim}), one rule for every scheme. */
public final class ClaimSize {

    private ClaimSize() {}

    /** 400 {@code TOO_MANY_ITEMS} when a claim lists more than {@code max} lines; {@code unit} counts them (人, 张证书). */
    public static void requireAtMost(int max, int count, String unit) {
        if (count > max) {
            throw ApiException.badRequest(
                    "TOO_MANY_ITEMS", "一次申请最多列出 " + max + " " + unit + "，本次为 " + count + " " + unit);
        }
    }
}
