package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A hiring-subsidy claim as the API returns it (API.md, Hiring subsidy), plus its review history. */
record HiringClaimView(
        String id,
        String processInstanceId,
        ClaimStatus status,
        String statusLabel,
        Integer year,
        String enterpriseCreditCode,
        String enterpriseName,
        BigDecimal totalAmount,
        LocalDateTime submittedAt,
        List<Item> items,
        List<Decision> history) {

    record Item(
            String idNumber,
            String name,
            LocalDate hiredOn,
            boolean eligible,
            BigDecimal amount,
            List<String> reasons) {}

    record Decision(String step, String decision, String comment, String decidedBy, LocalDateTime decidedAt) {}

    static HiringClaimView of(Claim claim, List<ClaimItem> items, List<ReviewRecord> reviews) {
        return new HiringClaimView(
                claim.id(),
                claim.processInstanceId(),
                claim.status(),
                claim.status().label(),
                claim.claimYear(),
                claim.applicantId(),
                claim.applicantName(),
                yuan(claim.totalAmount()),
                claim.submittedAt(),
                items.stream()
                        .map(i -> new Item(
                                i.subject(),
                                i.personName(),
                                i.startedOn(),
                                i.eligible(),
                                yuan(i.amount()),
                                i.reasonList()))
                        .toList(),
                reviews.stream()
                        .map(r -> new Decision(r.taskKey(), r.decision(), r.comment(), r.decidedBy(), r.decidedAt()))
                        .toList());
    }

    /** Whole yuan print as whole numbers (1000, not 1000.00). */
    static BigDecimal yuan(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
