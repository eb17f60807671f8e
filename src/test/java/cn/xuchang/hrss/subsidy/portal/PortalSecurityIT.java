package cn.xuchang.hrss.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.Rosters;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
        Page home = new Browser().get("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("单位登录", "个人登录", "公示公告", "评价机构目录", "曝光台", "/camunda/app/tasklist/");
        assertThat(new Browser().get("/public/notices").status()).isEqualTo(200);
        assertThat(new Browser().get("/public/catalogue").status()).isEqualTo(200);
        assertThat(new Browser().get("/public/exposures").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsToldAndTheNextAttemptWaitsForTheBruteForceDelay() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        Browser browser = new Browser();

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
        Browser browser = new Browser();
        Page refused = browser.login(CITY, PASSWORD);

        assertThat(refused.location()).endsWith("/?error");
        assertThat(browser.get("/").body()).contains("工作人员请从");
        assertThat(browser.get("/portal").status()).isEqualTo(302);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsStored() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        Browser browser = new Browser();
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
        Browser browser = new Browser();

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
        Browser browser = new Browser();
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

    private record Page(int status, String body, String location) {}

    /** A browser's part in HTTP: cookies kept, redirects not followed, the form's CSRF token sent back. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private String token;

        Page get(String path) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher csrf = CSRF.matcher(response.body());
            if (csrf.find()) {
                token = csrf.group(1);
            }
            return page(response);
        }

        Page login(String user, String password) throws Exception {
            get("/");
            return post("/login", Map.of("username", user, "password", password), true);
        }

        Page post(String path, Map<String, String> fields, boolean withToken) throws Exception {
            if (withToken && token == null) {
                get("/");
            }
            Map<String, String> form = new java.util.LinkedHashMap<>(fields);
            if (withToken) {
                form.put("_csrf", token);
            }
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return page(response);
        }

        /** A roster posted as the new-claim page's upload form posts it (the token in the address). */
        Page upload(String path, String year, byte[] file) throws Exception {
            get("/portal/enterprise/claims/new");
            String boundary = "----portal-" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n" + year
                            + "\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.xlsx\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?_csrf=" + token))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return page(response);
        }

        private Page page(HttpResponse<String> response) {
            return new Page(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(""));
        }
    }
}
