package cn.xuchang.hrss.subsidy.review;

import java.time.LocalDateTime;
import java.util.List;

/** One entry of a claim's history as the API shows it: which step, what was decided, why, by whom and when. */
public record ReviewStep(String step, String decision, String comment, String decidedBy, LocalDateTime decidedAt) {

    public static List<ReviewStep> of(List<ReviewRecord> records) {
        return records.stream()
                .map(r -> new ReviewStep(r.taskKey(), r.decision(), r.comment(), r.decidedBy(), r.decidedAt()))
                .toList();
    }
}
