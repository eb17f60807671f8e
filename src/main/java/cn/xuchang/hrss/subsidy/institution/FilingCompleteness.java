package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The completeness check of a filing (备案): at least one occupation, each with at least one level, every level one of
 * the eight-level ladder or {@code SPECIAL_ABILITY}, no occupation and level twice. Plain Java: the API runs it before
 * anything is stored, the filing process runs it again as its first step.
 */
public final class FilingCompleteness {

    public static final int MAX_LINES = 200;
    public static final int MAX_OCCUPATION_LENGTH = 100;

    private FilingCompleteness() {}

    /** An occupation as filed, with the level names as sent. */
    public record Entry(String occupation, List<String> levels) {}

    /** The lines of a complete filing, or the first problem found: a stable code and a Chinese message. */
    public record Result(List<OccupationLevel> lines, String code, String problem) {
        public boolean complete() {
            return problem == null;
        }
    }

    public static Result check(List<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            return refused("INVALID_FILING", "备案至少包含一个职业（工种）");
        }
        List<OccupationLevel> lines = new ArrayList<>();
        Set<OccupationLevel> seen = new HashSet<>();
        for (Entry entry : entries) {
            if (entry == null
                    || entry.occupation() == null
                    || entry.occupation().isBlank()) {
                return refused("INVALID_FILING", "职业（工种）名称不能为空");
            }
            String occupation = entry.occupation().strip();
            if (occupation.length() > MAX_OCCUPATION_LENGTH) {
                return refused("INVALID_FILING", "职业（工种）名称不能超过 " + MAX_OCCUPATION_LENGTH + " 个字：" + occupation);
            }
            if (entry.levels() == null || entry.levels().isEmpty()) {
                return refused("INVALID_FILING", "职业（工种）“" + occupation + "”至少备案一个等级");
            }
            for (String name : entry.levels()) {
                OccupationLevel line = new OccupationLevel(occupation, null);
                if (name == null || !OccupationLevel.SPECIAL_ABILITY.equals(name.strip())) {
                    SkillLevel level = levelOf(name);
                    if (level == null) {
                        return refused(
                                "INVALID_LEVEL",
                                "职业（工种）“" + occupation + "”的等级无效：" + name + "（应为八级工等级之一或 SPECIAL_ABILITY）");
                    }
                    line = new OccupationLevel(occupation, level);
                }
                if (!seen.add(line)) {
                    return refused("DUPLICATE_IN_FILING", "职业（工种）“" + occupation + "”的" + line.levelLabel() + "在备案中重复");
                }
                lines.add(line);
            }
        }
        if (lines.size() > MAX_LINES) {
            return refused("INVALID_FILING", "一次备案最多 " + MAX_LINES + " 个职业等级，本次为 " + lines.size() + " 个");
        }
        return new Result(List.copyOf(lines), null, null);
    }

    private static SkillLevel levelOf(String name) {
        if (name == null) {
            return null;
        }
        for (SkillLevel level : SkillLevel.values()) {
            if (level.name().equals(name.strip())) {
                return level;
            }
        }
        return null;
    }

    private static Result refused(String code, String problem) {
        return new Result(List.of(), code, problem);
    }
}
