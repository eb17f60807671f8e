package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether this node takes requests, for container health checks, load balancers and the cluster tests. Spring Boot
 * marks the application ready only after every start-up listener ran (migrations, the engine's deployment, the groups
 * and the first administrator of {@link IdentitySetup}), and not ready again while it shuts down. A node started next
 * to a fresh database waits for the first node to be ready, so that only one of them creates the schema and the set-up.
 */
@RestController
@Tag(name = "运行状态", description = "供负载均衡和容器健康检查使用，无需登录")
class ReadinessController {

    private final ApplicationAvailability availability;

    ReadinessController(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @GetMapping("/api/v1/readiness")
    @Operation(summary = "本节点已启动完毕并接受请求时返回 200，启动中或正在停止时返回 503")
    ResponseEntity<?> readiness() {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            return ResponseEntity.ok(Map.of("status", "UP"));
        }
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "NOT_READY",
                Problems.titleFor(HttpStatus.SERVICE_UNAVAILABLE),
                "本节点正在启动或停止，暂不受理请求，请稍后重试");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
