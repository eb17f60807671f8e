package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.notification.Notifications;
import cn.xuchang.hrss.subsidy.system.ApiException;
import cn.xuchang.hrss.subsidy.system.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public notice (公示) before payment: anyone may read the list and file an objection, which the city examines
 * before the claim is paid.
 */
@RestController
@RequestMapping("/api/v1/public-notices")
@Tag(name = "公示", description = "拨付前的公示名单与异议受理（无需登录）")
public class PublicNotices {

    /** Message the claim processes wait for during the notice. */
    static final String OBJECTION_FILED = "objection_filed";

    static final String OBJECTION_REASON = "objectionReason";

    private final Claims claims;
    private final ObjectionMapper objections;
    private final RuntimeService runtime;
    private final Notifications notifications;

    PublicNotices(Claims claims, ObjectionMapper objections, RuntimeService runtime, Notifications notifications) {
        this.claims = claims;
        this.objections = objections;
        this.runtime = runtime;
        this.notifications = notifications;
    }

    public record Notice(
            String claimId, String scheme, String schemeLabel, String applicantName, BigDecimal totalAmount) {}

    public record ObjectionRequest(
            @NotBlank(message = "不能为空") @Size(max = 1000, message = "不能超过 1000 个字") String reason,
            @Size(max = 100, message = "不能超过 100 个字") String contact) {}

    @GetMapping
    @Operation(summary = "正在公示的申请")
    public List<Notice> list() {
        return claims.inStatus(ClaimStatus.PUBLIC_NOTICE).stream()
                .map(c -> new Notice(
                        c.id(),
                        c.scheme().name(),
                        c.scheme().label(),
                        c.applicantName(),
                        c.totalAmount().stripTrailingZeros()))
                .toList();
    }

    @PostMapping("/{claimId}/objections")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    @Operation(summary = "对公示中的申请提出异议，由市人社局核查")
    public Map<String, Object> object(@PathVariable String claimId, @Valid @RequestBody ObjectionRequest request) {
        Claim claim = claims.lock(claimId);
        if (claim == null || claim.status() != ClaimStatus.PUBLIC_NOTICE) {
            throw ApiException.notFound("NOT_IN_PUBLIC_NOTICE", "没有正在公示的该项申请：" + claimId);
        }
        objections.insert(claimId, request.reason().strip(), request.contact(), LocalDateTime.now());
        boolean waiting = runtime.createEventSubscriptionQuery()
                        .processInstanceId(claim.processInstanceId())
                        .eventName(OBJECTION_FILED)
                        .count()
                > 0;
        if (waiting) {
            runtime.createMessageCorrelation(OBJECTION_FILED)
                    .processInstanceBusinessKey(claimId)
                    .setVariable(OBJECTION_REASON, request.reason().strip())
                    .correlate();
        } else {
            notifications.toGroup(
                    Groups.CITY_REVIEWER,
                    claimId,
                    "OBJECTION",
                    "申请 " + claimId + " 在异议核查期间又收到一条异议：" + request.reason().strip());
        }
        return Map.of("claimId", claimId, "received", true);
    }

    @Mapper
    interface ObjectionMapper {
        @org.apache.ibatis.annotations.Insert(
                "INSERT INTO public_objection (claim_id, reason, contact, filed_at) VALUES (#{claimId}, #{reason}, #{contact}, #{filedAt})")
        void insert(
                @Param("claimId") String claimId,
                @Param("reason") String reason,
                @Param("contact") String contact,
                @Param("filedAt") LocalDateTime filedAt);
    }
}
