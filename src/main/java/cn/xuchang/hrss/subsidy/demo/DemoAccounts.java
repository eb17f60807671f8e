package cn.xuchang.hrss.subsidy.demo;

import cn.xuchang.hrss.subsidy.registry.Region;
import cn.xuchang.hrss.subsidy.registry.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo accounts of API.md ({@code admin}/{@code admin}, {@code city}/{@code city}, {@code county-C}/{@code
 * county-C}, the experts, the data feed, the demo applicants with {@code demo1234}) are a contract of the default
 * profile's demo data only. A database started without demo data reports every one of them that still opens with its
 * published password: a WARN line at every start naming them, and {@code GET /api/v1/demo-accounts} for administrators.
 * The passwords are compared with the engine's own hashing, without a login attempt, so the check neither counts as a
 * failed login nor delays the real user of an id such as {@code admin}.
 */
@RestController
@Tag(name = "演示账户", description = "仍可用公开的演示密码登录的账户（管理员）")
class DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final Regions regions;
    private final boolean demoData;

    DemoAccounts(
            IdentityService identity,
            ProcessEngineConfigurationImpl engine,
            Regions regions,
            @Value("${skill-subsidy.demo-data:false}") boolean demoData) {
        this.identity = identity;
        this.engine = engine;
        this.regions = regions;
        this.demoData = demoData;
    }

    record Remaining(String userId, List<String> groups) {}

    record Report(boolean demoData, List<Remaining> remaining, String message) {}

    /** After the identity set-up and the demo data (which loads only with demo data on). */
    @EventListener(ApplicationStartedEvent.class)
    @Order(3)
    public void warnAtStart() {
        if (demoData) {
            return;
        }
        List<String> remaining = remaining().stream().map(Remaining::userId).toList();
        if (!remaining.isEmpty()) {
            log.warn(
                    "demo accounts still open with their published demo passwords although demo data is off: {};"
                            + " change their passwords or delete them in Camunda Admin",
                    String.join(", ", remaining));
        }
    }

    @GetMapping("/api/v1/demo-accounts")
    @PreAuthorize("hasAuthority('camunda-admin')")
    @Operation(summary = "仍可用 API.md 公开的演示密码登录的账户（管理员）：未加载演示数据的系统中应为空")
    Report report() {
        List<Remaining> remaining = remaining();
        String message;
        if (remaining.isEmpty()) {
            message = "没有仍可用演示密码登录的账户";
        } else if (demoData) {
            message = "本系统加载了演示数据，演示账户可用演示密码登录；正式环境不得加载演示数据";
        } else {
            message = "以下账户仍可用公开的演示密码登录，请立即在 Camunda Admin 中修改其密码或删除账户";
        }
        return new Report(demoData, remaining, message);
    }

    /** The demo accounts whose stored password is still the published one. */
    List<Remaining> remaining() {
        Map<String, String> published = published();
        List<Remaining> remaining = new ArrayList<>();
        for (User user : identity.createUserQuery()
                .userIdIn(published.keySet().toArray(String[]::new))
                .list()) {
            if (user instanceof UserEntity entity && opensWith(entity, published.get(user.getId()))) {
                List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream()
                        .map(Group::getId)
                        .toList();
                remaining.add(new Remaining(user.getId(), groups));
            }
        }
        return remaining;
    }

    /** User id → published demo password (README "Logging in", API.md "Demo data"). */
    Map<String, String> published() {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (String reviewer : List.of("admin", "city", "datafeed", "expert1", "expert2", "expert3")) {
            accounts.put(reviewer, reviewer);
        }
        for (Region county : regions.counties()) {
            accounts.put("county-" + county.code(), "county-" + county.code());
        }
        for (String applicant : List.of(
                DemoData.SMALL_ENTERPRISE,
                DemoData.MEDIUM_ENTERPRISE,
                DemoData.LARGE_ENTERPRISE,
                DemoData.AGENCY,
                DemoData.EVALUATION_INSTITUTION,
                DemoData.INSTITUTION_UNDER_INVESTIGATION,
                DemoData.INSTITUTION_FILING,
                DemoData.TRAINING_INSTITUTION)) {
            accounts.put(applicant, DemoData.DEMO_PASSWORD);
        }
        for (String worker : DemoData.DEMO_WORKERS) {
            accounts.put(worker, DemoData.DEMO_PASSWORD);
        }
        return accounts;
    }

    private boolean opensWith(UserEntity user, String password) {
        String stored = user.getPassword();
        return stored != null
                && engine.getPasswordManager().check(EncryptionUtil.saltPassword(password, user.getSalt()), stored);
    }
}
