package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An enterprise's hiring-subsidy quota and the hires offered to it (API.md, Hiring subsidy; 免申即享). */
@RestController
@Tag(name = "吸纳就业补助", description = "中小微企业吸纳持证人员就业补助的申请与查询")
class QuotaController {

    private final HiringClaims hiringClaims;
    private final HiringOffers offers;

    QuotaController(HiringClaims hiringClaims, HiringOffers offers) {
        this.hiringClaims = hiringClaims;
        this.offers = offers;
    }

    @GetMapping("/api/v1/enterprises/{creditCode}/quota")
    @Operation(summary = "企业的补助累计上限、已预留、已拨付与剩余额度，以及上限所依据的补助标准决策表版本（企业本身、审核人员、管理员）")
    Map<String, Object> quota(@PathVariable String creditCode) {
        CurrentUser user = CurrentUser.get();
        String code = creditCode.strip().toUpperCase();
        if (user.isIn(Groups.ENTERPRISE) && !user.id().equals(code) && !user.isAdmin() && !user.isReviewer()) {
            throw ApiException.notFound("ENTERPRISE_NOT_FOUND", "没有找到该企业：" + creditCode);
        }
        if (!user.id().equals(code) && !user.isAdmin() && !user.isReviewer()) {
            throw ApiException.forbidden("只有企业本身、审核人员和管理员可以查看企业额度");
        }
        return hiringClaims.quota(code);
    }

    @GetMapping("/api/v1/hiring-subsidy/offers")
    @Operation(summary = "免申即享：登记信息显示符合条件、尚未被任何单位申领的本年度新招用人员")
    HiringOffers.Offers offers(@RequestParam int year) {
        return offers.offers(CurrentUser.get().id(), year);
    }
}
