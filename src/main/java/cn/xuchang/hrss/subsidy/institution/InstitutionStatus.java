package cn.xuchang.hrss.subsidy.institution;

/** Where an institution stands with the catalogue. */
public enum InstitutionStatus {
    /** Has an account, not (yet) on the catalogue. */
    REGISTERED("已登记"),
    /** On the catalogue for at least one occupation and level. */
    LISTED("已列入目录"),
    /** Taken off the catalogue by an exit procedure; its new evaluation claims are refused. */
    EXITED("已退出目录");

    private final String label;

    InstitutionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
