package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.registry.SkillLevel;

/** An occupation and a level an institution evaluates; {@code level} null: the occupation's special ability. */
public record OccupationLevel(String occupation, SkillLevel level) {

    /** How the API names the special vocational ability (专项职业能力) among the levels. */
    public static final String SPECIAL_ABILITY = "SPECIAL_ABILITY";

    public String levelName() {
        return level == null ? SPECIAL_ABILITY : level.name();
    }

    public String levelLabel() {
        return level == null ? "专项职业能力" : level.label();
    }
}
