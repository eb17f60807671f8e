package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.referral.Agencies.AgencyRequest;
import cn.xuchang.hrss.subsidy.registry.CreditCode;
import cn.xuchang.hrss.subsidy.system.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "职业介绍补贴", description = "人力资源服务机构登记，职业介绍补贴的申请与查询")
class ReferralClaimController {

    private final Agencies agencies;
    private final ReferralClaims referralClaims;

    ReferralClaimController(Agencies agencies, ReferralClaims referralClaims) {
        this.agencies = agencies;
        this.referralClaims = referralClaims;
    }

    @PutMapping("/agencies/{creditCode}")
    @Operation(summary = "登记或更新人力资源服务机构及其登录账户（管理员）")
    ResponseEntity<Map<String, Object>> putAgency(
            @PathVariable String creditCode, @Valid @RequestBody AgencyRequest request) {
        boolean created = agencies.put(creditCode, request);
        Agency stored = agencies.find(CreditCode.normalize(creditCode));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", stored.creditCode());
        body.put("name", stored.name());
        body.put("countyCode", stored.countyCode());
        body.put("licenceNo", stored.licenceNo());
        body.put("licenceValidFrom", stored.licenceValidFrom());
        body.put("licenceValidUntil", stored.licenceValidUntil());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(body);
    }

    @PostMapping("/referral-subsidy/claims")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交职业介绍补贴申请：逐人校验、预留补贴并进入县区初审")
    ClaimView<ReferralClaimView.Heading, ReferralClaimView.Item> submit(
            @Valid @RequestBody ReferralClaimRequest request) {
        return referralClaims.submit(CurrentUser.get().id(), request);
    }

    @PutMapping("/referral-subsidy/claims/{id}")
    @Operation(summary = "修改被退回补正的申请并重新提交（重新校验后回到县区初审）")
    ClaimView<ReferralClaimView.Heading, ReferralClaimView.Item> correct(
            @PathVariable String id, @Valid @RequestBody ReferralClaimRequest request) {
        return referralClaims.correct(CurrentUser.get().id(), id, request);
    }

    @GetMapping("/referral-subsidy/claims/{id}")
    @Operation(summary = "查看本机构的一项申请（他机构的申请返回 404）")
    ClaimView<ReferralClaimView.Heading, ReferralClaimView.Item> find(@PathVariable String id) {
        return referralClaims.find(CurrentUser.get().id(), id);
    }

    @GetMapping("/referral-subsidy/claims")
    @Operation(summary = "本机构的全部申请，最新的在前")
    List<ClaimView<ReferralClaimView.Heading, ReferralClaimView.Item>> list() {
        return referralClaims.list(CurrentUser.get().id());
    }
}
