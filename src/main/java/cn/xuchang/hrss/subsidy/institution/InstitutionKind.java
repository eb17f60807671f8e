package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.kernel.ApiException;

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

    /** The kind a request names ({@code EVALUATION} when it names none); 400 UNKNOWN_INSTITUTION_KIND otherwise. */
    public static InstitutionKind parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return EVALUATION;
        }
        for (InstitutionKind kind : values()) {
            if (kind.name().equalsIgnoreCase(raw.strip())) {
                return kind;
            }
        }
        throw ApiException.badRequest(
                "UNKNOWN_INSTITUTION_KIND", "机构类别应为 EVALUATION（评价机构）或 TRAINING（培训机构），收到：" + raw.strip());
    }
}
