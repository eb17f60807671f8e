package cn.xuchang.hrss.subsidy.institution;

/** What started an exit procedure (API.md). */
public enum ExitTrigger {
    COMPLAINT("投诉举报"),
    INSPECTION("日常监管检查"),
    PERFORMANCE("年度绩效评估");

    private final String label;

    ExitTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
