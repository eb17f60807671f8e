package cn.xuchang.hrss.subsidy.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/**
 * One credit code is one account of one kind (API.md, "The trust boundary"): a PUT of an enterprise, agency or
 * institution over a login that is another kind of account, or a reviewer, is 409 ACCOUNT_KIND_CONFLICT, and neither
 * the account's groups nor its password nor any registry row change.
 */
class AccountKindSecurityIT extends ApiIntegrationTest {

    private static final String DATA_FEED = "it-datafeed";
    private static final String OTHER_PASSWORD = "Other-Pass-2026";

    @Test
    void shouldNotLetTheDataFeedTurnAnAgencyIntoAnEnterpriseAndResetItsPassword() {
        user(DATA_FEED, "data-exchange");
        String agency = agency(WEIDU);

        Response response = as(DATA_FEED).put("/api/v1/enterprises/" + agency, enterprise(OTHER_PASSWORD));

        assertConflict(response);
        assertThat(groupsOf(agency)).containsExactly("agency");
        assertThat(rows("enterprise", agency)).isZero();
        assertThat(api.as(agency, PASSWORD)
                        .get("/api/v1/referral-subsidy/claims")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldNotLetAnAdministratorRegisterAnEnterpriseAsAnAgencyOrAnInstitution() {
        String enterprise = enterprise("SMALL", WEIDU);

        Response asAgency = admin().put(
                        "/api/v1/agencies/" + enterprise,
                        Map.of("name", "冒名机构", "countyCode", WEIDU, "password", OTHER_PASSWORD));
        Response asInstitution = admin().put(
                        "/api/v1/institutions/" + enterprise,
                        Map.of(
                                "name",
                                "冒名评价机构",
                                "kind",
                                "EVALUATION",
                                "countyCode",
                                WEIDU,
                                "password",
                                OTHER_PASSWORD));

        assertConflict(asAgency);
        assertConflict(asInstitution);
        assertThat(groupsOf(enterprise)).containsExactly("enterprise");
        assertThat(rows("agency", enterprise)).isZero();
        assertThat(rows("institution", enterprise)).isZero();
        assertThat(as(enterprise).get("/api/v1/hiring-subsidy/claims").status()).isEqualTo(200);
    }

    @Test
    void shouldNotLetARegistrationTakeOverAReviewersLogin() {
        String reviewerId = TestData.creditCode(WEIDU);
        User reviewer = identity.newUser(reviewerId);
        reviewer.setFirstName("以信用代码为登录名的审核员");
        reviewer.setPassword(PASSWORD);
        identity.saveUser(reviewer);
        identity.createMembership(reviewerId, "city-reviewer");

        Response response = admin().put("/api/v1/enterprises/" + reviewerId, enterprise(OTHER_PASSWORD));

        assertConflict(response);
        assertThat(groupsOf(reviewerId)).containsExactly("city-reviewer");
        assertThat(identity.createUserQuery().userId(reviewerId).singleResult().getFirstName())
                .isEqualTo("以信用代码为登录名的审核员");
        assertThat(rows("enterprise", reviewerId)).isZero();
        assertThat(Api.at(port)
                        .as(reviewerId, PASSWORD)
                        .get("/api/v1/notifications")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldStillUpdateAnAccountOfTheSameKind() {
        String enterprise = enterprise("SMALL", WEIDU);

        Response response = admin().put(
                        "/api/v1/enterprises/" + enterprise,
                        Map.of("name", "改名后的企业", "scale", "MEDIUM", "countyCode", WEIDU));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("scale")).isEqualTo("MEDIUM");
    }

    private static Map<String, Object> enterprise(String password) {
        return Map.of("name", "冒名企业", "scale", "SMALL", "countyCode", WEIDU, "password", password);
    }

    private static void assertConflict(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.code()).isEqualTo("ACCOUNT_KIND_CONFLICT");
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).contains("已是另一类账户");
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    private int rows(String table, String creditCode) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE credit_code = ?", Integer.class, creditCode);
    }
}
