package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A referral-subsidy claim as the API returns it (API.md, Referral subsidy), plus its review history. */
record ReferralClaimView(
        String id,
        String processInstanceId,
        ClaimStatus status,
        String statusLabel,
        String agencyCreditCode,
        String agencyName,
        BigDecimal totalAmount,
        LocalDateTime submittedAt,
        List<Item> items,
        List<Decision> history) {

    record Item(
            String idNumber,
            String name,
            String employerCreditCode,
            LocalDate startedOn,
            boolean eligible,
            BigDecimal amount,
            List<String> reasons) {}

    record Decision(String step, String decision, String comment, String decidedBy, LocalDateTime decidedAt) {}

    static ReferralClaimView of(Claim claim, List<ClaimItem> items, List<ReviewRecord> reviews) {
        return new ReferralClaimView(
                claim.id(),
                claim.processInstanceId(),
                claim.status(),
                claim.status().label(),
                claim.applicantId(),
                claim.applicantName(),
                yuan(claim.totalAmount()),
                claim.submittedAt(),
                items.stream()
                        .map(i -> new Item(
                                i.subject(),
                                i.personName(),
                                i.employerCreditCode(),
                                i.startedOn(),
                                i.eligible(),
                                yuan(i.amount()),
                                i.reasonList()))
                        .toList(),
                reviews.stream()
                        .map(r -> new Decision(r.taskKey(), r.decision(), r.comment(), r.decidedBy(), r.decidedAt()))
                        .toList());
    }

    static BigDecimal yuan(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
