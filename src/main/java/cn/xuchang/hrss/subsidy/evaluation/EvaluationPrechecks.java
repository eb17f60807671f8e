package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.kernel.DryRun;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a evaluation claim would get now: the submit run in a transaction that is rolled back ({@link DryRun}). */
@Service
public class EvaluationPrechecks {

    private final EvaluationClaims claims;
    private final DryRun dryRun;

    EvaluationPrechecks(EvaluationClaims claims, DryRun dryRun) {
        this.claims = claims;
        this.dryRun = dryRun;
    }

    public Precheck precheck(String institutionId, EvaluationClaimRequest request) {
        ClaimView<EvaluationClaimView.Heading, EvaluationClaimView.Item> view =
                dryRun.run(() -> claims.submit(institutionId, request));
        return new Precheck(view.totalAmount(), view.items());
    }

    /** A roster's rows as a claim request (the columns of {@link RosterLayout#EVALUATION}). */
    public static EvaluationClaimRequest request(List<RosterRow> rows) {
        return new EvaluationClaimRequest(
                rows.stream().map(row -> row.text(RosterLayout.CERTIFICATE_NO)).toList());
    }

    /** The precheck's answer (API.md): the lines exactly as a claim would get them now. */
    public record Precheck(BigDecimal totalAmount, List<EvaluationClaimView.Item> items) {}
}
