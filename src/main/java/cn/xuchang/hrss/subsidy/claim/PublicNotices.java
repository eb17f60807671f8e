package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.notification.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
    private final ObjectionLimits limits;

    PublicNotices(
            Claims claims,
            ObjectionMapper objections,
            RuntimeService runtime,
            Notifications notifications,
            ObjectionLimits limits) {
        this.claims = claims;
        this.objections = objections;
        this.runtime = runtime;
        this.notifications = notifications;
        this.limits = limits;
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
    @Operation(summary = "对公示中的申请提出异议，由市人社局核查（同一来源、同一申请的异议数量有上限）")
    public Map<String, Object> object(
            @PathVariable String claimId, @Valid @RequestBody ObjectionRequest request, HttpServletRequest http) {
        Claim claim = claims.lock(claimId);
        if (claim == null || claim.status() != ClaimStatus.PUBLIC_NOTICE) {
            throw ApiException.notFound("NOT_IN_PUBLIC_NOTICE", "没有正在公示的该项申请：" + claimId);
        }
        String client = http.getRemoteAddr();
        LocalDateTime now = LocalDateTime.now();
        // the claim's row lock above makes the objections to one claim count one after another, on every node
        if (objections.countOfClaimSince(claimId, now.minus(limits.perClaim().period()))
                >= limits.perClaim().max()) {
            throw tooMany("该项申请在" + inWords(limits.perClaim().period()) + "内已收到 "
                    + limits.perClaim().max() + " 条异议，市人社局正在核查，暂不再受理新的异议，请稍后再提交");
        }
        if (objections.countOfClientSince(client, now.minus(limits.perClient().period()))
                >= limits.perClient().max()) {
            throw tooMany("同一来源在" + inWords(limits.perClient().period()) + "内最多可提交 "
                    + limits.perClient().max() + " 条异议，请稍后再提交");
        }
        objections.insert(claimId, request.reason().strip(), request.contact(), client, now);
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

    /** 429: nothing stored, nobody notified. */
    private static ApiException tooMany(String message) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_OBJECTIONS", message);
    }

    private static String inWords(Duration period) {
        if (period.toDays() > 0 && period.equals(Duration.ofDays(period.toDays()))) {
            return " " + period.toDays() + " 天";
        }
        if (period.toHours() > 0 && period.equals(Duration.ofHours(period.toHours()))) {
            return " " + period.toHours() + " 小时";
        }
        return " " + Math.max(1, period.toMinutes()) + " 分钟";
    }
}
