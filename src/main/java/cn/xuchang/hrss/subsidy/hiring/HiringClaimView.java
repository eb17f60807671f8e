package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import cn.xuchang.hrss.subsidy.review.ReviewStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A hiring-subsidy claim as the API returns it (API.md, Hiring subsidy), plus its review history. */
public record HiringClaimView(
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
        List<ReviewStep> history) {

    public record Item(
            String idNumber,
            String name,
            LocalDate hiredOn,
            boolean eligible,
            BigDecimal amount,
            List<String> reasons) {}

    static HiringClaimView of(Claim claim, List<ClaimItem> items, List<ReviewRecord> reviews) {
        return new HiringClaimView(
                claim.id(),
                claim.processInstanceId(),
                claim.status(),
                claim.status().label(),
                claim.claimYear(),
                claim.applicantId(),
                claim.applicantName(),
                Yuan.of(claim.totalAmount()),
                claim.submittedAt(),
                items.stream()
                        .map(i -> new Item(
                                i.subject(),
                                i.personName(),
                                i.startedOn(),
                                i.eligible(),
                                Yuan.of(i.amount()),
                                i.reasonList()))
                        .toList(),
                ReviewStep.of(reviews));
    }
}
