package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.claim.Reasons;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.receipt.Receipts;
import cn.xuchang.hrss.subsidy.referral.ReferralClaimRequest;
import cn.xuchang.hrss.subsidy.referral.ReferralClaimView;
import cn.xuchang.hrss.subsidy.referral.ReferralClaims;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The HR service agency's pages: referral-subsidy claims. */
@Controller
@RequestMapping("/portal/agency")
class AgencyPortalController
        extends ClaimPages<ReferralClaimRequest, ReferralClaimView.Heading, ReferralClaimView.Item> {

    static final Desk DESK =
            new Desk("/portal/agency", "人力资源服务机构", Scheme.REFERRAL, RosterLayout.REFERRAL, true, false);

    AgencyPortalController(
            PortalClaims portalClaims,
            RosterReader rosters,
            Receipts receipts,
            ReferralClaims referralClaims,
            ClaimPrechecks prechecks) {
        super(portalClaims, rosters, receipts, referralClaims, prechecks);
    }

    @Override
    Desk desk() {
        return DESK;
    }

    @Override
    ResultLine line(ReferralClaimView.Item item) {
        return new ResultLine(
                0,
                item.idNumber(),
                item.name(),
                item.employerCreditCode(),
                item.startedOn(),
                item.eligible(),
                item.amount(),
                Reasons.labels(item.reasons()));
    }

    @Override
    ReferralClaimRequest request(LinesForm form) {
        List<ReferralClaimRequest.PlacementRequest> placements = form.getLines().stream()
                .map(line -> {
                    if (line.getIdNumber() == null
                            || line.getIdNumber().isBlank()
                            || line.getEmployer() == null
                            || line.getEmployer().isBlank()
                            || line.getDate() == null) {
                        throw ApiException.badRequest("INVALID_REQUEST", "每一行都要填写身份证号码、用人单位统一社会信用代码和入职日期");
                    }
                    return new ReferralClaimRequest.PlacementRequest(
                            line.getIdNumber(), line.getEmployer(), line.getDate());
                })
                .toList();
        if (placements.isEmpty()) {
            throw ApiException.badRequest("INVALID_REQUEST", "至少列出一名介绍就业人员");
        }
        return new ReferralClaimRequest(placements);
    }
}
