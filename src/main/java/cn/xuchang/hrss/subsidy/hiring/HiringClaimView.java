package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a hiring-subsidy claim shows beyond the shared view (API.md, Hiring subsidy): the year, the enterprise, hires. */
public final class HiringClaimView {

    public record Heading(Integer year, String enterpriseCreditCode, String enterpriseName) {}

    public record Item(
            String idNumber,
            String name,
            LocalDate hiredOn,
            boolean eligible,
            BigDecimal amount,
            List<String> reasons) {}

    static final ClaimView.Shape<Heading, Item> SHAPE = new ClaimView.Shape<>(
            claim -> new Heading(claim.claimYear(), claim.applicantId(), claim.applicantName()),
            i -> new Item(
                    i.subject(), i.personName(), i.startedOn(), i.eligible(), Yuan.of(i.amount()), i.reasonList()));

    private HiringClaimView() {}
}
