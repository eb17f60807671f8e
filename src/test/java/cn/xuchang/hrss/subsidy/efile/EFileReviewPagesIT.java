package cn.xuchang.hrss.subsidy.efile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Reviewers open a person's e-file from the review forms in Tasklist: the hiring, referral and evaluation forms link
 * each line's person to {@code /review-files/persons/{id}/e-file} (HTML) and its PDF, served to the Tasklist session of
 * reviewers and administrators; anyone else 404, without a Tasklist login 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EFileReviewPagesIT extends EFileFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldShowReviewersTheFileInTheirTasklistSession() throws Exception {
        Worker worker = worker();
        String page = "/review-files/persons/" + worker.idNumber() + "/e-file";

        for (String reviewer : List.of(CITY, COUNTY_JIANAN, ADMIN)) {
            HttpResponse<byte[]> html = tasklist(reviewer).download(page);
            assertThat(html.statusCode()).as(reviewer).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            String body = new String(html.body(), StandardCharsets.UTF_8);
            assertThat(body)
                    .contains("个人实名制电子档案")
                    .contains("陈𠮷")
                    .contains(worker.certifiedVoucher())
                    .contains("无证无价")
                    .contains("测试企业" + worker.enterprise().substring(10))
                    .contains(worker.evaluationClaim());
        }
        HttpResponse<byte[]> pdf = tasklist(CITY).download(page + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void shouldTellOtherWorkflowUsersNothingAndAskForATasklistLogin() throws Exception {
        Worker worker = worker();
        String page = "/review-files/persons/" + worker.idNumber() + "/e-file";
        String expert = "it-efile-review-expert";
        user(expert, "expert");

        HttpResponse<byte[]> refused = tasklist(expert).download(page);
        assertThat(refused.statusCode()).isEqualTo(404);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("code").asText()).isEqualTo("PERSON_NOT_FOUND");
        assertThat(problem.path("title").asText() + problem.path("detail").asText())
                .contains("没有找到该人员的电子档案");
        assertThat(tasklist(expert).download(page + ".pdf").statusCode()).isEqualTo(404);
        assertThat(tasklist(CITY)
                        .download("/review-files/persons/110101199003070000/e-file")
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<byte[]> anonymous = new WebappSession(port).download(page);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("code").asText()).isEqualTo("UNAUTHENTICATED");
        // the worker's own HTTP Basic login is no Tasklist session: they read their file in the portal
        HttpResponse<byte[]> basic = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((worker.idNumber() + ":" + PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(basic.statusCode()).isEqualTo(401);
        WebappSession workerInTasklist = new WebappSession(port);
        workerInTasklist.login(worker.idNumber(), PASSWORD);
        assertThat(workerInTasklist.download(page).statusCode()).isIn(401, 404);
    }

    @Test
    void shouldLinkEveryPersonOfAHiringClaimFromItsReviewForm() {
        String enterprise = enterprise("SMALL", WEIDU);
        String hire = eligibleHire(enterprise, LocalDate.of(2025, 4, 1));
        Response claim = submitHiring(enterprise, 2025, hires(hire, LocalDate.of(2025, 4, 1)));
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        String task = taskOf(COUNTY_WEIDU, claim.text("id"), "user_county_review");

        Response variables = as(COUNTY_WEIDU).get("/engine-rest/task/" + task + "/form-variables");
        assertThat(variables.status()).as(variables.toString()).isEqualTo(200);
        assertThat(variables.body().path("claimItems").path("value").toString())
                .contains("\"idNumber\":\"" + hire + "\"");
        Response form = as(COUNTY_WEIDU).get("/engine-rest/task/" + task + "/deployed-form");
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.toString()).contains("/review-files/persons/").contains("text_person_files");
        assertThat(tasklist(COUNTY_WEIDU)
                        .download("/review-files/persons/" + hire + "/e-file")
                        .statusCode())
                .isEqualTo(200);
    }

    private WebappSession tasklist(String user) {
        WebappSession session = new WebappSession(port);
        assertThat(session.login(user, PASSWORD).statusCode()).isEqualTo(200);
        return session;
    }
}
