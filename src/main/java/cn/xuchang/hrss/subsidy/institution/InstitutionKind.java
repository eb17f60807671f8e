package cn.xuchang.hrss.subsidy.institution;

/** What an institution does: skill evaluation (评价机构) or training (培训机构). */
public enum InstitutionKind {
    EVALUATION("评价机构"),
    TRAINING("培训机构");

    private final String label;

    InstitutionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
