package cn.xuchang.hrss.subsidy.referral;

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

/** A referral-subsidy claim as the API returns it (API.md, Referral subsidy), plus its review history. */
public record ReferralClaimView(
        String id,
        String processInstanceId,
        ClaimStatus status,
        String statusLabel,
        String agencyCreditCode,
        String agencyName,
        BigDecimal totalAmount,
        LocalDateTime submittedAt,
        List<Item> items,
        List<ReviewStep> history) {

    public record Item(
            String idNumber,
            String name,
            String employerCreditCode,
            LocalDate startedOn,
            boolean eligible,
            BigDecimal amount,
            List<String> reasons) {}

    static ReferralClaimView of(Claim claim, List<ClaimItem> items, List<ReviewRecord> reviews) {
        return new ReferralClaimView(
                claim.id(),
                claim.processInstanceId(),
                claim.status(),
                claim.status().label(),
                claim.applicantId(),
                claim.applicantName(),
                Yuan.of(claim.totalAmount()),
                claim.submittedAt(),
                items.stream()
                        .map(i -> new Item(
                                i.subject(),
                                i.personName(),
                                i.employerCreditCode(),
                                i.startedOn(),
                                i.eligible(),
                                Yuan.of(i.amount()),
                                i.reasonList()))
                        .toList(),
                ReviewStep.of(reviews));
    }
}
