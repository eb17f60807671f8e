package cn.xuchang.hrss.subsidy.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The recorded decisions on a claim, oldest first. */
@Service
public class Reviews {

    private final ReviewMapper reviews;

    Reviews(ReviewMapper reviews) {
        this.reviews = reviews;
    }

    public List<ReviewRecord> ofClaim(String claimId) {
        return reviews.findByClaim(claimId);
    }

    /** The decisions on each of the claims, in one query; a claim without any is absent from the map. */
    public Map<String, List<ReviewRecord>> ofClaims(List<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return reviews.findByClaims(claimIds).stream()
                .collect(Collectors.groupingBy(ReviewRecord::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Whether the user already completed the claim's task with that key (a task one user may do only once). */
    public boolean hasDone(String claimId, String taskKey, String userId) {
        return reviews.countByReviewer(claimId, taskKey, userId) > 0;
    }

    /** Who records what the process itself concluded (no person decided it). */
    public static final String SYSTEM = "system";

    /** An outcome the process reached by itself, in the claim's history with its Chinese explanation. */
    public void recordOutcome(String claimId, String step, String outcome, String explanation) {
        reviews.insert(new ReviewRecord(
                null, claimId, step, null, outcome, explanation, SYSTEM, java.time.LocalDateTime.now()));
    }

    public void recordApplicantAction(String claimId, String taskKey, String taskId, String action, String userId) {
        reviews.insert(
                new ReviewRecord(null, claimId, taskKey, taskId, action, "", userId, java.time.LocalDateTime.now()));
    }
}
