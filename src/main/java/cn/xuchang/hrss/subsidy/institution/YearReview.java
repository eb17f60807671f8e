package cn.xuchang.hrss.subsidy.institution;

import java.math.BigDecimal;

/**
 * What the yearly performance evaluation puts before the city reviewer for one institution: its year, not an
 * accusation. The seed (三(二)5) exits only 「出现问题的机构」; a year without a problem ends 合格.
 */
record YearReview(int year, ClaimsOfTheYear.Summary claims, int complaints, int exposures) {

    String description() {
        return year + " 年度评价机构绩效评估：评价补贴申请 " + claims.claims() + " 项（不符合条件的证书 "
                + claims.refused() + " 张，已拨付 "
                + claims.paid().stripTrailingZeros().toPlainString()
                + " 元），投诉 " + complaints + " 次，曝光 " + exposures + " 次。无问题的请作出“合格”结论。";
    }

    static YearReview of(int year, ClaimsOfTheYear.Summary claims, int complaints, int exposures) {
        return new YearReview(
                year,
                claims == null ? new ClaimsOfTheYear.Summary(0, 0, BigDecimal.ZERO) : claims,
                complaints,
                exposures);
    }
}
