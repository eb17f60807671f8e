package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.ledger.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an evaluation-subsidy claim shows beyond the shared view (API.md, Evaluation subsidy): the institution, certificates. */
public final class EvaluationClaimView {

    public record Heading(String institutionCreditCode, String institutionName) {}

    public record Item(
            String certificateNo,
            String name,
            LocalDate issuedOn,
            boolean eligible,
            BigDecimal amount,
            List<String> reasons) {}

    static final ClaimView.Shape<Heading, Item> SHAPE = new ClaimView.Shape<>(
            claim -> new Heading(claim.applicantId(), claim.applicantName()),
            i -> new Item(
                    i.subject(), i.personName(), i.startedOn(), i.eligible(), Yuan.of(i.amount()), i.reasonList()));

    private EvaluationClaimView() {}
}
