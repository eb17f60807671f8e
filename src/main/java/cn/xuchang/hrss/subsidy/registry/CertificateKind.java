package cn.xuchang.hrss.subsidy.registry;

/** Kinds of certificate the plan recognises; a special vocational ability certificate has no level. */
public enum CertificateKind {
    SKILL_LEVEL("职业技能等级证书"),
    QUALIFICATION("职业资格证书"),
    SPECIAL_ABILITY("专项职业能力证书");

    private final String label;

    CertificateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasLevel() {
        return this != SPECIAL_ABILITY;
    }
}
