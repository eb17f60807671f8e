package cn.xuchang.hrss.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.PortalSession;
import cn.xuchang.hrss.subsidy.support.PortalSession.FilePart;
import cn.xuchang.hrss.subsidy.support.PortalSession.Page;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The entrepreneur applies for a startup award in the portal with its attachments: PDF or images, checked by their
 * content, kept on disk under the application; a wrong file or a refused application stores nothing.
 */
class StartupPortalIT extends ApiIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Value("${skill-subsidy.attachments.dir:./data/attachments}")
    private String attachmentsDir;

    @Test
    void anApplicationIsFiledWithItsAttachmentsKeptOnDisk() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession session = new PortalSession(port);
        session.login(enterprise, PASSWORD);
        session.get("/portal/enterprise/startup");

        Page filed = session.multipart(
                "/portal/enterprise/startup",
                form(TestData.idNumber()),
                new FilePart("licence", "执照.pdf", PDF),
                new FilePart("project", "说明.png", PNG));

        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        JsonNode applications =
                as(enterprise).get("/api/v1/startup-awards/applications").body();
        assertThat(applications).hasSize(1);
        String id = applications.get(0).path("id").asText();
        assertThat(applications.get(0).path("status").asText()).isEqualTo("COUNTY_RECOMMENDATION");
        assertThat(applications.get(0).path("attachments").toString()).contains("营业执照.pdf", "项目说明.png");
        assertThat(Files.readAllBytes(Path.of(attachmentsDir, id, "营业执照.pdf"))).isEqualTo(PDF);
        Page list = session.get("/portal/enterprise/startup");
        assertThat(list.body()).contains("返乡创业示范项目", "县区推荐中");
        HttpResponse<byte[]> licence = session.download("/portal/enterprise/startup/" + id + "/attachments/"
                + java.net.URLEncoder.encode("营业执照.pdf", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(licence.statusCode()).isEqualTo(200);
        assertThat(licence.body()).isEqualTo(PDF);

        PortalSession stranger = new PortalSession(port);
        stranger.login(enterprise("SMALL", WEIDU), PASSWORD);
        assertThat(stranger.download("/portal/enterprise/startup/" + id + "/attachments/x.pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theFoundersReturnHomeStatementIsFiledForTheCounty() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession session = new PortalSession(port);
        session.login(enterprise, PASSWORD);
        assertThat(session.get("/portal/enterprise/startup").body())
                .contains("创办人是否为返乡农民工", "name=\"founderReturnedHome\"", "name=\"founderReturnNote\"");
        Map<String, String> form = new HashMap<>(form(TestData.idNumber()));
        form.put("founderReturnedHome", "true");
        form.put("founderReturnNote", " 2019 年至 2023 年在深圳务工，2024 年返乡 ");

        Page filed = session.multipart("/portal/enterprise/startup", form, new FilePart("licence", "执照.pdf", PDF));

        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        JsonNode application =
                as(enterprise).get("/api/v1/startup-awards/applications").body().get(0);
        assertThat(application.path("founderReturnedHome").asBoolean()).isTrue();
        assertThat(application.path("founderReturnNote").asText()).isEqualTo("2019 年至 2023 年在深圳务工，2024 年返乡");
    }

    @Test
    void aFileThatIsNeitherPdfNorImageIsRefusedAndNothingIsStored() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession session = new PortalSession(port);
        session.login(enterprise, PASSWORD);
        session.get("/portal/enterprise/startup");

        Page refused = session.multipart(
                "/portal/enterprise/startup",
                form(TestData.idNumber()),
                new FilePart("licence", "执照.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("营业执照", "PDF");
        assertThat(as(enterprise).get("/api/v1/startup-awards/applications").body())
                .isEmpty();
    }

    @Test
    void aRefusedApplicationLeavesNoFileBehind() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        PortalSession session = new PortalSession(port);
        session.login(enterprise, PASSWORD);
        session.get("/portal/enterprise/startup");
        long before = files();

        Page refused = session.multipart(
                "/portal/enterprise/startup", form("411002199001011230"), new FilePart("licence", "执照.pdf", PDF));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("身份号码无效");
        assertThat(as(enterprise).get("/api/v1/startup-awards/applications").body())
                .isEmpty();
        assertThat(files()).isEqualTo(before);
    }

    private long files() throws Exception {
        Path root = Path.of(attachmentsDir);
        if (!Files.exists(root)) {
            return 0;
        }
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static Map<String, String> form(String founder) {
        return Map.of(
                "category", "PROJECT",
                "title", "返乡创业示范项目：竹编工坊",
                "founderIdNumber", founder,
                "investment", "1500000",
                "jobsCreated", "25",
                "description", "带动本村 25 人就业");
    }
}
