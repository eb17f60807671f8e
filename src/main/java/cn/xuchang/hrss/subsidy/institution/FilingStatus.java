package cn.xuchang.hrss.subsidy.institution;

/** Where a filing stands; set by the filing process as it moves. */
public enum FilingStatus {
    CITY_REVIEW("市级审核中"),
    INSPECTION("现场核查中"),
    RETURNED("退回补正"),
    LISTED("已列入目录"),
    REJECTED("未通过"),
    WITHDRAWN("已撤回");

    private final String label;

    FilingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
