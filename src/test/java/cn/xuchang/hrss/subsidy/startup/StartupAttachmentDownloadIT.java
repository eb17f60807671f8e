package cn.xuchang.hrss.subsidy.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.PortalSession.FilePart;
import cn.xuchang.hrss.subsidy.support.TestData;
import cn.xuchang.hrss.subsidy.support.WebappSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attachments of a startup-award application open from the review forms in Tasklist: through the webapp session,
 * for whoever may work on an open task of the application (the county reviewer of its county, then the experts), the
 * city and administrators; 404 for anyone else, 401 without a Tasklist login.
 */
class StartupAttachmentDownloadIT extends ApiIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReviewersOfAnOpenTaskOpenTheAttachmentsAndNobodyElse() throws Exception {
        user("it-attach-expert", "expert");
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession applicant = new PortalSession(port);
        applicant.login(enterprise, PASSWORD);
        applicant.get("/portal/enterprise/startup");
        PortalSession.Page filed = applicant.multipart(
                "/portal/enterprise/startup",
                Map.of(
                        "category", "PROJECT",
                        "title", "返乡创业示范项目：竹编工坊",
                        "founderIdNumber", TestData.idNumber(),
                        "investment", "1500000",
                        "jobsCreated", "25",
                        "description", "带动本村 25 人就业"),
                new FilePart("licence", "执照.pdf", PDF),
                new FilePart("project", "说明.png", PNG));
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        String id = as(enterprise)
                .get("/api/v1/startup-awards/applications")
                .body()
                .get(0)
                .path("id")
                .asText();
        String licence = path(id, "营业执照.pdf");
        String county = taskOf(COUNTY_WEIDU, id, "user_county_recommendation");
        String links = as(COUNTY_WEIDU)
                .get("/engine-rest/task/" + county + "/form-variables?variableNames=attachmentLinks")
                .body()
                .path("attachmentLinks")
                .path("value")
                .asText();
        assertThat(links).contains("[营业执照.pdf](" + licence + ")", "[项目说明.png](" + path(id, "项目说明.png") + ")");

        HttpResponse<byte[]> byCounty = tasklist(COUNTY_WEIDU).download(licence);
        assertThat(byCounty.statusCode()).isEqualTo(200);
        assertThat(byCounty.body()).isEqualTo(PDF);
        assertThat(byCounty.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertNotFound(tasklist(COUNTY_JIANAN).download(licence));
        assertNotFound(tasklist("it-attach-expert").download(licence)); // no task of the expert's yet
        assertThat(tasklist(CITY).download(licence).statusCode()).isEqualTo(200);
        assertThat(tasklist(ADMIN).download(licence).statusCode()).isEqualTo(200);

        assertThat(decide(COUNTY_WEIDU, county, "RECOMMEND", "予以推荐").status()).isEqualTo(204);

        HttpResponse<byte[]> byExpert = tasklist("it-attach-expert").download(path(id, "项目说明.png"));
        assertThat(byExpert.statusCode()).isEqualTo(200);
        assertThat(byExpert.body()).isEqualTo(PNG);
        assertNotFound(tasklist(COUNTY_WEIDU).download(licence)); // its task is done
        assertNotFound(tasklist("it-attach-expert").download(path(id, "x.pdf")));
        assertNotFound(tasklist("it-attach-expert").download(path("00000000-0000-0000-0000-000000000000", "营业执照.pdf")));

        WebappSession applicantInTasklist = new WebappSession(port);
        applicantInTasklist.login(enterprise, PASSWORD);
        assertThat(applicantInTasklist.download(licence).statusCode()).isIn(401, 404);
        HttpResponse<byte[]> inPortal = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + licence))
                                .header("Authorization", basic(enterprise))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(inPortal.statusCode()).isEqualTo(401);
        HttpResponse<byte[]> anonymous = new WebappSession(port).download(licence);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private WebappSession tasklist(String user) {
        WebappSession session = new WebappSession(port);
        assertThat(session.login(user, PASSWORD).statusCode()).isEqualTo(200);
        return session;
    }

    private static void assertNotFound(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(JSON.readTree(response.body()).path("title").asText()
                        + JSON.readTree(response.body()).path("detail").asText())
                .contains("没有找到该附件");
    }

    private static String path(String id, String name) {
        return "/review-files/startup-awards/" + id + "/attachments/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String basic(String user) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
