package cn.xuchang.hrss.subsidy.claim;

/** Where a claim stands (API.md); set by the claim's process as it moves. */
public enum ClaimStatus {
    SUBMITTED("已提交"),
    COUNTY_REVIEW("县区初审中"),
    COUNTY_RECOMMENDATION("县区推荐中"),
    EXPERT_SCORING("专家评审中"),
    CITY_DECISION("市级审定中"),
    CITY_REVIEW("市级复审中"),
    PUBLIC_NOTICE("公示中"),
    PAID("已拨付"),
    RETURNED("退回补正"),
    REJECTED("未通过"),
    WITHDRAWN("已撤回");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == PAID || this == REJECTED || this == WITHDRAWN;
    }
}
