package cn.xuchang.hrss.subsidy.registry;

import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.ContributionRequest;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.EnterpriseRequest;
import cn.xuchang.hrss.subsidy.registry.RegistryRequests.PersonRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "基础数据登记", description = "企业、人员与证书、社保缴费（管理员或数据交换账户）")
class RegistryController {

    private final Registry registry;
    private final Occupations occupations;

    RegistryController(Registry registry, Occupations occupations) {
        this.registry = registry;
        this.occupations = occupations;
    }

    /** A certificate as the API shows it: the occupation by its catalogue name, and its code. */
    record CertificateView(
            String certificateNo,
            String idNumber,
            CertificateKind kind,
            String occupation,
            String occupationCode,
            SkillLevel level,
            LocalDate issuedOn,
            String issuerCreditCode) {}

    @PutMapping("/enterprises/{creditCode}")
    @Operation(summary = "登记或更新企业及其登录账户")
    ResponseEntity<Map<String, Object>> putEnterprise(
            @PathVariable String creditCode, @Valid @RequestBody EnterpriseRequest request) {
        boolean created = registry.putEnterprise(creditCode, request);
        Enterprise stored = registry.enterprise(CreditCode.normalize(creditCode));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of(
                        "creditCode", stored.creditCode(),
                        "name", stored.name(),
                        "scale", stored.scale(),
                        "countyCode", stored.countyCode()));
    }

    @PutMapping("/persons/{idNumber}")
    @Operation(summary = "登记或更新人员及其证书")
    ResponseEntity<Map<String, Object>> putPerson(
            @PathVariable String idNumber, @Valid @RequestBody PersonRequest request) {
        boolean created = registry.putPerson(idNumber, request);
        String normalized = IdNumber.normalize(idNumber);
        List<CertificateView> certificates =
                registry.certificatesOf(java.util.Set.of(normalized)).getOrDefault(normalized, List.of()).stream()
                        .map(c -> new CertificateView(
                                c.certificateNo(),
                                c.idNumber(),
                                c.kind(),
                                occupations.nameOf(c.occupation()),
                                c.occupation(),
                                c.level(),
                                c.issuedOn(),
                                c.issuerCreditCode()))
                        .toList();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("idNumber", normalized, "name", request.name().strip(), "certificates", certificates));
    }

    @PostMapping("/social-insurance/contributions")
    @Operation(summary = "报送职工社会保险月度缴费记录（重复报送只记一次）")
    Map<String, Integer> addContributions(@RequestBody List<ContributionRequest> contributions) {
        return Map.of("accepted", registry.addContributions(contributions));
    }
}
