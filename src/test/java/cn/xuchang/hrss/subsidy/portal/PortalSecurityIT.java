package cn.xuchang.hrss.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.PortalSession.Page;
import cn.xuchang.hrss.subsidy.support.Rosters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/**
 * The portal's session login and its protections, over plain HTTP as a browser sends it: CSRF on every form, clear
 * messages for a wrong password and the engine's brute-force delay, applicants only, each kind to its own pages,
 * another applicant's claim not found, roster errors shown with their cells, and the API's chain left stateless.
 */
class PortalSecurityIT extends ApiIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void theHomePageOffersBothLoginsThePublicPagesAndTheStaffEntrance() throws Exception {
        Page home = new PortalSession(port).get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("单位登录", "个人登录", "公示公告", "评价机构目录", "曝光台", "/camunda/app/tasklist/");
        assertThat(new PortalSession(port).get("/public/notices").status()).isEqualTo(200);
        assertThat(new PortalSession(port).get("/public/catalogue").status()).isEqualTo(200);
        assertThat(new PortalSession(port).get("/public/exposures").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsToldAndTheNextAttemptWaitsForTheBruteForceDelay() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession browser = new PortalSession(port);

        Page wrong = browser.login(enterprise, "not-the-password");
        assertThat(wrong.location()).endsWith("/?error");
        assertThat(browser.get("/").body()).contains("账号或密码不正确");

        Page locked = browser.login(enterprise, PASSWORD);
        assertThat(locked.location()).endsWith("/?error");
        assertThat(browser.get("/").body()).contains("暂时锁定", "秒后再试");
        assertThat(browser.get("/portal/enterprise").status())
                .as("not logged in")
                .isEqualTo(302);
    }

    @Test
    void staffAccountsAreSentToTasklist() throws Exception {
        PortalSession browser = new PortalSession(port);
        Page refused = browser.login(CITY, PASSWORD);

        assertThat(refused.location()).endsWith("/?error");
        assertThat(browser.get("/").body()).contains("工作人员请从");
        assertThat(browser.get("/portal").status()).isEqualTo(302);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsStored() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession browser = new PortalSession(port);
        assertThat(browser.post("/login", Map.of("username", enterprise, "password", PASSWORD), false)
                        .status())
                .as("login without a token")
                .isEqualTo(403);

        browser.login(enterprise, PASSWORD);
        Page forged = browser.post(
                "/portal/enterprise/claims",
                Map.of("year", "2025", "lines[0].idNumber", TestIds.ANY, "lines[0].date", "2025-03-01"),
                false);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", Integer.class, enterprise))
                .isZero();
    }

    @Test
    void eachKindHasItsOwnPagesAndAnotherApplicantsClaimIsNotFound() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        String other = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 3, 1);
        String claimId = submitHiring(other, 2025, hires(eligibleHire(other, hired), hired))
                .text("id");
        PortalSession browser = new PortalSession(port);

        Page desk = browser.login(enterprise, PASSWORD);
        assertThat(desk.location()).endsWith("/portal");
        assertThat(browser.get("/portal").location()).endsWith("/portal/enterprise");
        assertThat(browser.get("/portal/enterprise").body()).contains("补贴额度", "我的申请", "消息通知");
        assertThat(browser.get("/portal/agency").status()).isEqualTo(403);
        Page foreign = browser.get("/portal/enterprise/claims/" + claimId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(other);
        assertThat(browser.get("/portal/enterprise/claims/" + claimId + "/receipt.pdf")
                        .status())
                .isEqualTo(404);

        Page out = browser.post("/logout", Map.of(), true);
        assertThat(out.location()).endsWith("/?logout");
        assertThat(browser.get("/portal/enterprise").status()).isEqualTo(302);
    }

    @Test
    void aBadRosterUploadedInThePortalIsShownCellByCellAndNothingIsStored() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession browser = new PortalSession(port);
        browser.login(enterprise, PASSWORD);
        byte[] roster = Rosters.xlsx(Rosters.HIRING, sheet -> {
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(TestIds.ANY);
            row.createCell(2).setCellFormula("TODAY()");
        });

        Page page = browser.upload("/portal/enterprise/claims/precheck", "2025", roster);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("第 3 行", "入职日期", "公式", "没有保存任何内容");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", Integer.class, enterprise))
                .isZero();
    }

    @Test
    void theApiChainStaysStatelessBesideThePortal() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/hiring-subsidy/claims"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString((enterprise + ":" + PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    /** A valid ID number nobody registered. */
    private static final class TestIds {
        static final String ANY = cn.xuchang.hrss.subsidy.support.TestData.idNumber();
    }
}
