package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A filing as the API returns it, plus its review history. */
public record FilingView(
        String id,
        String processInstanceId,
        FilingStatus status,
        String statusLabel,
        String institutionCreditCode,
        LocalDateTime submittedAt,
        List<Occupation> occupations,
        List<Decision> history) {

    /** An occupation of the filing: its catalogue name, its code, the level names filed. */
    public record Occupation(String occupation, String occupationCode, List<String> levels) {}

    public record Decision(String step, String decision, String comment, String decidedBy, LocalDateTime decidedAt) {}

    static FilingView of(
            Filing filing, List<OccupationLevel> items, List<ReviewRecord> reviews, UnaryOperator<String> nameOf) {
        return new FilingView(
                filing.id(),
                filing.processInstanceId(),
                filing.status(),
                filing.status().label(),
                filing.institutionCreditCode(),
                filing.submittedAt(),
                grouped(items, nameOf),
                reviews.stream()
                        .map(r -> new Decision(r.taskKey(), r.decision(), r.comment(), r.decidedBy(), r.decidedAt()))
                        .toList());
    }

    /** The lines by occupation (stored as codes), named by {@code nameOf}. */
    static List<Occupation> grouped(List<OccupationLevel> items, UnaryOperator<String> nameOf) {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (OccupationLevel item : items) {
            levels.computeIfAbsent(item.occupation(), k -> new ArrayList<>()).add(item.levelName());
        }
        return levels.entrySet().stream()
                .map(e -> new Occupation(nameOf.apply(e.getKey()), e.getKey(), e.getValue()))
                .toList();
    }
}
