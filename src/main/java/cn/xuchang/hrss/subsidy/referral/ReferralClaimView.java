package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a referral-subsidy claim shows beyond the shared view (API.md, Referral subsidy): the agency, placements. */
public final class ReferralClaimView {

    public record Heading(String agencyCreditCode, String agencyName) {}

    public record Item(
            String idNumber,
            String name,
            String employerCreditCode,
            LocalDate startedOn,
            boolean eligible,
            BigDecimal amount,
            List<String> reasons) {}

    static final ClaimView.Shape<Heading, Item> SHAPE = new ClaimView.Shape<>(
            claim -> new Heading(claim.applicantId(), claim.applicantName()),
            i -> new Item(
                    i.subject(),
                    i.personName(),
                    i.employerCreditCode(),
                    i.startedOn(),
                    i.eligible(),
                    Yuan.of(i.amount()),
                    i.reasonList()));

    private ReferralClaimView() {}
}
