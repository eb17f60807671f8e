package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimEndpoints;
import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hiring-subsidy claims of the logged-in enterprise (API.md, Hiring subsidy). */
@RestController
@RequestMapping("/api/v1/hiring-subsidy/claims")
@Tag(name = "吸纳就业补助", description = "中小微企业吸纳持证人员就业补助的申请与查询")
class HiringClaimController extends ClaimEndpoints<HiringClaimRequest, HiringClaimView.Heading, HiringClaimView.Item> {

    HiringClaimController(HiringClaims claims, ClaimPrechecks prechecks, RosterReader rosters) {
        super(claims, prechecks, rosters);
    }
}
