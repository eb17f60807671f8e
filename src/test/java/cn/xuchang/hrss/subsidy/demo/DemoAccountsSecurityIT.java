package cn.xuchang.hrss.subsidy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A database started without demo data (as these tests' is) reports every demo account of API.md that still opens with
 * its published password: to administrators through the API, and as a warning at start-up. Nothing but administrators
 * may read the list.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsSecurityIT extends ApiIntegrationTest {

    /** A demo account of API.md: 襄城县's county reviewer, whose demo password is its user id. */
    private static final String DEMO_REVIEWER = "county-411025";

    @Autowired
    DemoAccounts demoAccounts;

    @Test
    void shouldReportADemoAccountThatStillOpensWithItsDemoPassword(CapturedOutput output) {
        demoAccountWithPassword(DEMO_REVIEWER);

        Response report = admin().get("/api/v1/demo-accounts");
        demoAccounts.warnAtStart();

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.body().path("demoData").asBoolean()).isFalse();
        assertThat(userIds(report.body())).contains(DEMO_REVIEWER);
        assertThat(report.text("message")).contains("仍可用公开的演示密码登录");
        assertThat(output.getOut()).contains("demo accounts still open", DEMO_REVIEWER);
    }

    @Test
    void shouldNotReportADemoUserIdWhosePasswordWasChanged() {
        demoAccountWithPassword(DEMO_REVIEWER);
        User user = identity.createUserQuery().userId(DEMO_REVIEWER).singleResult();
        user.setPassword("Xiangcheng-2026!");
        identity.saveUser(user);

        Response report = admin().get("/api/v1/demo-accounts");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(userIds(report.body())).doesNotContain(DEMO_REVIEWER);
        assertThat(identity.checkPassword(DEMO_REVIEWER, "Xiangcheng-2026!")).isTrue();
    }

    @Test
    void shouldShowTheListToAdministratorsOnly() {
        Response reviewer = as(CITY).get("/api/v1/demo-accounts");
        Response anonymous = api.anonymous().get("/api/v1/demo-accounts");

        assertThat(reviewer.status()).as(reviewer.toString()).isEqualTo(403);
        assertThat(reviewer.code()).isEqualTo("FORBIDDEN");
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
    }

    /** The demo account as an older demo database left it (saved past the password policy, as the demo data does). */
    private void demoAccountWithPassword(String id) {
        User user = identity.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identity.newUser(id);
            user.setFirstName("襄城县审核员");
        }
        user.setPassword(id);
        ((IdentityServiceImpl) identity).saveUser(user, true);
        if (identity.createUserQuery()
                        .userId(id)
                        .memberOfGroup("county-reviewer-411025")
                        .count()
                == 0) {
            identity.createMembership(id, "county-reviewer-411025");
        }
    }

    private static List<String> userIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.path("remaining")
                .forEach(account -> ids.add(account.path("userId").asText()));
        return ids;
    }
}
