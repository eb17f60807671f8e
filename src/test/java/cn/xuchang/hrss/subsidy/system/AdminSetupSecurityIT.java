package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.ProductionSecuritySettings;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/**
 * The webapps' first-admin set-up (page and action) is open to anyone while no user is in camunda-admin. Here the first
 * administrator is configured (ADMIN_PASSWORD, as in production), so the set-up stays closed even at a moment
 * without an administrator, e.g. during the start before the start-up listeners have created it.
 */
@ProductionSecuritySettings
class AdminSetupSecurityIT extends ApiIntegrationTest {

    private static final String SETUP = "/camunda/api/admin/setup/default/user/create";

    @Test
    void shouldRefuseTheSetUpActionWhileTheConfiguredAdministratorIsNotThereYet() {
        String intruder = "intruder-" + System.nanoTime();
        List<String> administrators = identity.createUserQuery().memberOfGroup("camunda-admin").list().stream()
                .map(User::getId)
                .toList();
        administrators.forEach(id -> identity.deleteMembership(id, "camunda-admin"));
        try {
            Response action = api.anonymous().post(SETUP, setUp(intruder));
            Response page = api.anonymous().get("/camunda/app/admin/default/setup/");

            assertClosed(action);
            assertClosed(page);
            assertThat(identity.createUserQuery().userId(intruder).count()).isZero();
        } finally {
            administrators.forEach(id -> identity.createMembership(id, "camunda-admin"));
        }
    }

    @Test
    void shouldRefuseTheSetUpActionOnceAnAdministratorExists() {
        String intruder = "intruder-" + System.nanoTime();

        Response action = api.anonymous().post(SETUP, setUp(intruder));

        assertClosed(action);
        assertThat(identity.createUserQuery().userId(intruder).count()).isZero();
    }

    private static Map<String, Object> setUp(String userId) {
        return Map.of(
                "profile",
                Map.of("id", userId, "firstName", "闯入者", "lastName", "某"),
                "credentials",
                Map.of("password", "Intruder-2026!"));
    }

    private static void assertClosed(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("ADMIN_SETUP_CLOSED");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("初始设置页面不再开放");
    }
}
