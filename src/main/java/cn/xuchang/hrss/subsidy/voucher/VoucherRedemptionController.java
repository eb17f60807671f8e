package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.ClaimEndpoints;
import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.roster.RosterReader;
import cn.xuchang.hrss.subsidy.voucher.VoucherRequests.RedemptionRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The training institution's redemption claims (API.md: POST /api/v1/training-vouchers/redemptions). */
@RestController
@RequestMapping("/api/v1/training-vouchers/redemptions")
@Tag(name = "职业培训券兑现", description = "培训机构凭持券人取得的证书申请兑现培训券（以证换券、无证无价）")
class VoucherRedemptionController
        extends ClaimEndpoints<RedemptionRequest, VoucherRedemptionView.Heading, VoucherRedemptionView.Item> {

    VoucherRedemptionController(VoucherRedemptions redemptions, ClaimPrechecks prechecks, RosterReader rosters) {
        super(redemptions, prechecks, rosters);
    }
}
