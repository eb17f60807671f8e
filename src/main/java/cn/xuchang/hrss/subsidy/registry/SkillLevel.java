package cn.xuchang.hrss.subsidy.registry;

/** The eight-level ladder of skilled workers (八级工), lowest first. */
public enum SkillLevel {
    APPRENTICE("学徒工"),
    JUNIOR("初级工"),
    INTERMEDIATE("中级工"),
    SENIOR("高级工"),
    TECHNICIAN("技师"),
    SENIOR_TECHNICIAN("高级技师"),
    PRINCIPAL_TECHNICIAN("特级技师"),
    CHIEF_TECHNICIAN("首席技师");

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
