package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import java.time.LocalDateTime;
import java.util.List;

/** An exit procedure as the API returns it, plus its decisions. */
public record ExitView(
        String id,
        String processInstanceId,
        String institutionCreditCode,
        ExitTrigger trigger,
        String description,
        ExitStatus status,
        String statusLabel,
        String startedBy,
        LocalDateTime startedAt,
        List<FilingView.Decision> history) {

    static ExitView of(InstitutionExit exit, List<ReviewRecord> reviews) {
        return new ExitView(
                exit.id(),
                exit.processInstanceId(),
                exit.institutionCreditCode(),
                exit.triggerKind(),
                exit.description(),
                exit.status(),
                exit.status().label(),
                exit.startedBy(),
                exit.startedAt(),
                reviews.stream()
                        .map(r -> new FilingView.Decision(
                                r.taskKey(), r.decision(), r.comment(), r.decidedBy(), r.decidedAt()))
                        .toList());
    }
}
