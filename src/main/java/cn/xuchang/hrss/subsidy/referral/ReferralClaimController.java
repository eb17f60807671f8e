package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.ClaimEndpoints;
import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The referral-subsidy claims of the logged-in agency (API.md, Referral subsidy). */
@RestController
@RequestMapping("/api/v1/referral-subsidy/claims")
@Tag(name = "职业介绍补贴", description = "人力资源服务机构登记，职业介绍补贴的申请与查询")
class ReferralClaimController
        extends ClaimEndpoints<ReferralClaimRequest, ReferralClaimView.Heading, ReferralClaimView.Item> {

    ReferralClaimController(ReferralClaims claims, ClaimPrechecks prechecks, RosterReader rosters) {
        super(claims, prechecks, rosters);
    }
}
