package cn.xuchang.hrss.subsidy.institution;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** What the steps of the institution processes share: the process clock's day, texts cut to their column, labels. */
final class InstitutionSteps {

    private InstitutionSteps() {}

    static List<Map<String, Object>> reviewView(List<OccupationLevel> items, UnaryOperator<String> nameOf) {
        return FilingView.grouped(items, nameOf).stream()
                .map(o -> Map.<String, Object>of(
                        "occupation",
                        o.occupation(),
                        "levels",
                        o.levels().stream().map(InstitutionSteps::levelLabel).collect(Collectors.joining("、"))))
                .toList();
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime()
                .toInstant()
                .atZone(ZoneId.systemDefault())
                .toLocalDate();
    }

    static String cut(String message) {
        return message.length() > 2000 ? message.substring(0, 1997) + "……" : message;
    }

    static String levelLabel(String levelName) {
        if (OccupationLevel.SPECIAL_ABILITY.equals(levelName)) {
            return "专项职业能力";
        }
        return cn.xuchang.hrss.subsidy.registry.SkillLevel.valueOf(levelName).label();
    }
}
