package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.referral.Agencies.AgencyRequest;
import cn.xuchang.hrss.subsidy.registry.CreditCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** HR service agencies as the administrator registers them (API.md, Referral subsidy). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "职业介绍补贴", description = "人力资源服务机构登记，职业介绍补贴的申请与查询")
class AgencyController {

    private final Agencies agencies;

    AgencyController(Agencies agencies) {
        this.agencies = agencies;
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
}
