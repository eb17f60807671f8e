package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.system.ApiException;
import cn.xuchang.hrss.subsidy.system.CurrentUser;
import cn.xuchang.hrss.subsidy.system.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "吸纳就业补助", description = "中小微企业吸纳持证人员就业补助的申请与查询")
class HiringClaimController {

    private final HiringClaims hiringClaims;

    HiringClaimController(HiringClaims hiringClaims) {
        this.hiringClaims = hiringClaims;
    }

    @PostMapping("/hiring-subsidy/claims")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交吸纳就业补助申请：逐人校验、预留额度并进入县区初审")
    ClaimView<HiringClaimView.Heading, HiringClaimView.Item> submit(@Valid @RequestBody HiringClaimRequest request) {
        return hiringClaims.submit(CurrentUser.get().id(), request);
    }

    @PutMapping("/hiring-subsidy/claims/{id}")
    @Operation(summary = "修改被退回补正的申请并重新提交（重新校验后回到县区初审）")
    ClaimView<HiringClaimView.Heading, HiringClaimView.Item> correct(
            @PathVariable String id, @Valid @RequestBody HiringClaimRequest request) {
        return hiringClaims.correct(CurrentUser.get().id(), id, request);
    }

    @GetMapping("/hiring-subsidy/claims/{id}")
    @Operation(summary = "查看本企业的一项申请（他企业的申请返回 404）")
    ClaimView<HiringClaimView.Heading, HiringClaimView.Item> find(@PathVariable String id) {
        return hiringClaims.find(CurrentUser.get().id(), id);
    }

    @GetMapping("/hiring-subsidy/claims")
    @Operation(summary = "本企业的全部申请，最新的在前")
    List<ClaimView<HiringClaimView.Heading, HiringClaimView.Item>> list() {
        return hiringClaims.list(CurrentUser.get().id());
    }

    @GetMapping("/enterprises/{creditCode}/quota")
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
}
