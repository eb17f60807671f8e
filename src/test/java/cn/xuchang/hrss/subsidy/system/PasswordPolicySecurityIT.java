package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every new password meets the engine's password policy: through our API (400 WEAK_PASSWORD, saying what is required,
 * nothing stored) and through the engine's user API that Camunda Admin calls.
 */
class PasswordPolicySecurityIT extends ApiIntegrationTest {

    @Test
    void shouldRefuseANewEnterpriseWithAWeakPasswordAndStoreNothing() {
        String code = TestData.creditCode(WEIDU);

        Response response = admin().put("/api/v1/enterprises/" + code, enterprise("secret1"));

        assertWeak(response);
        assertThat(response.text("detail")).contains("至少 10 个字符", "大写字母", "特殊字符");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE credit_code = ?", Integer.class, code))
                .isZero();
        assertThat(identity.createUserQuery().userId(code).count()).isZero();
    }

    @Test
    void shouldRefuseAPasswordThatContainsTheLogin() {
        String code = TestData.creditCode(WEIDU);

        Response response = admin().put("/api/v1/enterprises/" + code, enterprise("Aa-" + code.toLowerCase()));

        assertWeak(response);
        assertThat(response.text("detail")).contains("不得包含账户名");
    }

    @Test
    void shouldRefuseAWeakNewPasswordOfAnExistingAccountAndKeepTheOldOne() {
        String code = enterprise("SMALL", WEIDU);

        Response response = admin().put(
                        "/api/v1/enterprises/" + code,
                        Map.of("name", "改名不应生效", "scale", "MEDIUM", "countyCode", WEIDU, "password", "12345678"));

        assertWeak(response);
        assertThat(as(code).get("/api/v1/hiring-subsidy/claims").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT scale FROM enterprise WHERE credit_code = ?", String.class, code))
                .isEqualTo("SMALL");
    }

    @Test
    void shouldRefuseWeakPasswordsOfAgenciesAndInstitutions() {
        String agency = TestData.creditCode(WEIDU);
        String institution = TestData.creditCode(WEIDU);

        Response agencyResponse = admin().put(
                        "/api/v1/agencies/" + agency,
                        Map.of("name", "某人力资源公司", "countyCode", WEIDU, "password", "agency123"));
        Response institutionResponse = admin().put(
                        "/api/v1/institutions/" + institution,
                        Map.of("name", "某评价机构", "kind", "EVALUATION", "countyCode", WEIDU, "password", "demo1234"));

        assertWeak(agencyResponse);
        assertWeak(institutionResponse);
        assertThat(identity.createUserQuery().userIdIn(agency, institution).count())
                .isZero();
    }

    @Test
    void shouldAcceptAPasswordThatMeetsThePolicy() {
        String code = TestData.creditCode(WEIDU);

        Response response = admin().put("/api/v1/enterprises/" + code, enterprise("Xuchang-2026!"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(api.as(code, "Xuchang-2026!")
                        .get("/api/v1/hiring-subsidy/claims")
                        .status())
                .isEqualTo(200);
    }

    /**
     * Camunda Admin checks a new password against the policy as it is typed ({@code /identity/password-policy}) and
     * shows the rules; the engine refuses a weak one on save whatever sends it (its REST API answers 500 with the
     * engine's message, and stores nothing).
     */
    @Test
    void shouldHoldTheSamePolicyForUsersCreatedOrChangedInCamundaAdmin() {
        String id = "it-weak-" + System.nanoTime();

        Response check = admin().post("/engine-rest/identity/password-policy", Map.of("password", "city"));
        Response created = admin().post(
                        "/engine-rest/user/create",
                        Map.of(
                                "profile",
                                Map.of("id", id, "firstName", "新审核员"),
                                "credentials",
                                Map.of("password", "city")));
        long storedAfterWeak = identity.createUserQuery().userId(id).count();
        Response strong = admin().post(
                        "/engine-rest/user/create",
                        Map.of(
                                "profile",
                                Map.of("id", id, "firstName", "新审核员"),
                                "credentials",
                                Map.of("password", "Shenhe-2026!")));
        Response changed = admin().put(
                        "/engine-rest/user/" + id + "/credentials",
                        Map.of("password", "123456", "authenticatedUserPassword", PASSWORD));

        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body().path("valid").asBoolean()).isFalse();
        assertThat(created.status()).as(created.toString()).isEqualTo(500);
        assertThat(created.text("message")).isEqualTo("Password does not match policy");
        assertThat(storedAfterWeak).isZero();
        assertThat(strong.status()).as(strong.toString()).isEqualTo(204);
        assertThat(changed.text("message")).as(changed.toString()).isEqualTo("Password does not match policy");
        assertThat(api.as(id, "Shenhe-2026!").get("/api/v1/notifications").status())
                .isEqualTo(200);
    }

    private static Map<String, Object> enterprise(String password) {
        return Map.of("name", "许昌某某电气有限公司", "scale", "SMALL", "countyCode", WEIDU, "password", password);
    }

    private static void assertWeak(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("WEAK_PASSWORD");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).startsWith("密码不符合密码规则");
    }
}
