package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimEndpoints;
import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The hiring-subsidy claims of the logged-in enterprise and its offers (API.md, Hiring subsidy; 免申即享). */
@RestController
@RequestMapping("/api/v1/hiring-subsidy")
@Tag(name = "吸纳就业补助", description = "中小微企业吸纳持证人员就业补助的申请与查询")
class HiringClaimController extends ClaimEndpoints<HiringClaimRequest, HiringClaimView.Heading, HiringClaimView.Item> {

    private final HiringOffers offers;

    HiringClaimController(HiringClaims claims, ClaimPrechecks prechecks, RosterReader rosters, HiringOffers offers) {
        super(claims, prechecks, rosters);
        this.offers = offers;
    }

    @GetMapping("/offers")
    @Operation(summary = "免申即享：登记信息显示符合条件、尚未被任何单位申领的本年度新招用人员")
    HiringOffers.Offers offers(@RequestParam int year) {
        return offers.offers(CurrentUser.get().id(), year);
    }
}
