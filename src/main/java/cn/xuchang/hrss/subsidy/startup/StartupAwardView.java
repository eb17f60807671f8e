package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * An entrepreneurship award application as the API returns it: status, the scores once the scoring has ended (without
 * the experts' names), and the awarded amount once the city has decided it.
 */
public record StartupAwardView(
        String id,
        String processInstanceId,
        ClaimStatus status,
        String statusLabel,
        StartupCategory category,
        String categoryLabel,
        String title,
        String enterpriseCreditCode,
        String enterpriseName,
        String founderIdNumber,
        Boolean founderReturnedHome,
        String founderReturnNote,
        BigDecimal investment,
        int jobsCreated,
        String description,
        List<String> attachments,
        LocalDateTime submittedAt,
        List<ExpertScore> scores,
        BigDecimal scoreMean,
        BigDecimal awardedAmount,
        List<Decision> history) {

    public record ExpertScore(int score, String comment) {}

    public record Decision(String step, String decision, String comment, LocalDateTime decidedAt) {}

    static StartupAwardView of(
            Claim claim, StartupApplication application, List<Score> scores, List<ReviewRecord> reviews) {
        boolean scored = application.scoreMean() != null;
        boolean awarded = claim.status() == ClaimStatus.PUBLIC_NOTICE || claim.status() == ClaimStatus.PAID;
        return new StartupAwardView(
                claim.id(),
                claim.processInstanceId(),
                claim.status(),
                claim.status().label(),
                application.category(),
                application.category().label(),
                application.title(),
                claim.applicantId(),
                claim.applicantName(),
                application.founderIdNumber(),
                application.founderReturnedHome(),
                application.founderReturnNote(),
                Yuan.of(application.investment()),
                application.jobsCreated(),
                application.description(),
                split(application.attachments()),
                claim.submittedAt(),
                scored
                        ? scores.stream()
                                .map(s -> new ExpertScore(s.score(), s.comment()))
                                .toList()
                        : null,
                scored ? application.scoreMean() : null,
                awarded ? Yuan.of(claim.totalAmount()) : null,
                reviews.stream()
                        .filter(r -> !StartupAwardProcess.USER_EXPERT_SCORING.equals(r.taskKey()))
                        .map(r -> new Decision(r.taskKey(), r.decision(), r.comment(), r.decidedAt()))
                        .toList());
    }

    static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
