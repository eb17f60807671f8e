package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public record Occupation(String occupation, List<String> levels) {}

    public record Decision(String step, String decision, String comment, String decidedBy, LocalDateTime decidedAt) {}

    static FilingView of(Filing filing, List<OccupationLevel> items, List<ReviewRecord> reviews) {
        return new FilingView(
                filing.id(),
                filing.processInstanceId(),
                filing.status(),
                filing.status().label(),
                filing.institutionCreditCode(),
                filing.submittedAt(),
                grouped(items),
                reviews.stream()
                        .map(r -> new Decision(r.taskKey(), r.decision(), r.comment(), r.decidedBy(), r.decidedAt()))
                        .toList());
    }

    static List<Occupation> grouped(List<OccupationLevel> items) {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (OccupationLevel item : items) {
            levels.computeIfAbsent(item.occupation(), k -> new ArrayList<>()).add(item.levelName());
        }
        return levels.entrySet().stream()
                .map(e -> new Occupation(e.getKey(), e.getValue()))
                .toList();
    }
}
