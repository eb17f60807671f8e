package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.kernel.DryRun;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a referral claim would get now: the submit run in a transaction that is rolled back ({@link DryRun}). */
@Service
public class ReferralPrechecks {

    private final ReferralClaims claims;
    private final DryRun dryRun;

    ReferralPrechecks(ReferralClaims claims, DryRun dryRun) {
        this.claims = claims;
        this.dryRun = dryRun;
    }

    public Precheck precheck(String agencyId, ReferralClaimRequest request) {
        ClaimView<ReferralClaimView.Heading, ReferralClaimView.Item> view =
                dryRun.run(() -> claims.submit(agencyId, request));
        return new Precheck(view.totalAmount(), view.items());
    }

    /** A roster's rows as a claim request (the columns of {@link RosterLayout#REFERRAL}). */
    public static ReferralClaimRequest request(List<RosterRow> rows) {
        return new ReferralClaimRequest(rows.stream()
                .map(row -> new ReferralClaimRequest.PlacementRequest(
                        row.text(RosterLayout.ID_NUMBER),
                        row.text(RosterLayout.EMPLOYER),
                        row.date(RosterLayout.HIRED_ON)))
                .toList());
    }

    /** The precheck's answer (API.md): the lines exactly as a claim would get them now. */
    public record Precheck(BigDecimal totalAmount, List<ReferralClaimView.Item> items) {}
}
