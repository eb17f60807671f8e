package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Logins are remembered for a few seconds (LoginCache), and nothing a change to users or groups must stop outlives the
 * change: a changed password, a removed membership and a wrong password's login delay take effect on the very next
 * call, on our API and on the engine's, however the change was made (Java, /engine-rest).
 *
 * <p>A context of its own, started last: the engine's REST resources find their engine by name in the engine registry,
 * where the newest application context's engine stands; in a suite that shares contexts an older context's
 * /engine-rest would change the user through another context's engine, as another node of a cluster would (there the
 * change takes effect within the cache period, see README).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class LoginCacheSecurityIT extends ApiIntegrationTest {

    private static final String NEW_PASSWORD = "Changed-Pass-2026";
    private static final String WRONG = "Wrong-Pass-2026";

    @Test
    void shouldRefuseTheOldPasswordAtOnceWhenAnAdministratorChangesItOnTheEngineApi() throws InterruptedException {
        String reviewer = reviewer();
        assertThat(as(reviewer).get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
        assertThat(as(reviewer).get("/api/v1/notifications").status()).isEqualTo(200);

        Response change = admin().put(
                        "/engine-rest/user/" + reviewer + "/credentials",
                        Map.of("password", NEW_PASSWORD, "authenticatedUserPassword", PASSWORD));
        assertThat(change.status()).as(change.toString()).isEqualTo(204);

        assertThat(as(reviewer).get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
        assertThat(as(reviewer).get("/api/v1/notifications").status()).isEqualTo(401);
        // the refused old password delays the next login (LoginThrottleSecurityIT); wait it out
        Thread.sleep(2_200);
        assertThat(api.as(reviewer, NEW_PASSWORD)
                        .get("/engine-rest/task?maxResults=1")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseTheOldPasswordAtOnceWhenItIsChangedThroughTheIdentityService() throws InterruptedException {
        String enterprise = enterprise("SMALL", WEIDU);
        assertThat(as(enterprise).get("/api/v1/hiring-subsidy/claims").status()).isEqualTo(200);

        User user = identity.createUserQuery().userId(enterprise).singleResult();
        user.setPassword(NEW_PASSWORD);
        identity.saveUser(user);

        Response old = as(enterprise).get("/api/v1/hiring-subsidy/claims");
        assertThat(old.status()).as(old.toString()).isEqualTo(401);
        // the refused old password delays the next login (LoginThrottleSecurityIT); wait it out
        Thread.sleep(2_200);
        assertThat(api.as(enterprise, NEW_PASSWORD)
                        .get("/api/v1/hiring-subsidy/claims")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldTakeARemovedMembershipAwayAtOnceOnBothApis() {
        String enterprise = enterprise("SMALL", WEIDU);
        String reviewer = reviewer();
        assertThat(as(enterprise).get("/api/v1/hiring-subsidy/claims").status()).isEqualTo(200);
        assertThat(as(reviewer).get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);

        assertThat(admin().delete("/engine-rest/group/enterprise/members/" + enterprise)
                        .status())
                .isEqualTo(204);
        identity.deleteMembership(reviewer, "city-reviewer");

        Response claims = as(enterprise).get("/api/v1/hiring-subsidy/claims");
        assertThat(claims.status()).as(claims.toString()).isEqualTo(403);
        Response tasks = as(reviewer).get("/engine-rest/task?maxResults=1");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(403);
        assertThat(tasks.code()).isEqualTo("ENGINE_API_FORBIDDEN");
    }

    @Test
    void shouldGiveAnAddedMembershipAtOnce() {
        String reviewer = reviewer();
        identity.deleteMembership(reviewer, "city-reviewer");
        assertThat(as(reviewer).get("/engine-rest/task?maxResults=1").status()).isEqualTo(403);

        identity.createMembership(reviewer, "city-reviewer");

        assertThat(as(reviewer).get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
    }

    @Test
    void shouldApplyAWrongPasswordsLoginDelayToARememberedLoginAtOnce() {
        String reviewer = reviewer();
        assertThat(as(reviewer).get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
        assertThat(as(reviewer).get("/api/v1/notifications").status()).isEqualTo(200);

        assertThat(api.as(reviewer, WRONG).get("/api/v1/notifications").status())
                .isEqualTo(401);

        Response ourApi = as(reviewer).get("/api/v1/notifications");
        assertThat(ourApi.status()).as(ourApi.toString()).isEqualTo(401);
        assertThat(ourApi.code()).isEqualTo("LOGIN_DELAYED");
        assertThat(as(reviewer).get("/engine-rest/task?maxResults=1").status())
                .as("the engine API's login is delayed too")
                .isEqualTo(401);
    }

    private String reviewer() {
        String id = "it-login-cache-" + System.nanoTime();
        user(id, "city-reviewer");
        return id;
    }
}
