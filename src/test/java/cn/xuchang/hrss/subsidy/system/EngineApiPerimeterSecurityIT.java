package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.support.Api;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import cn.xuchang.hrss.subsidy.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API.md, the trust boundary: the engine's REST API and the webapps' API serve workflow users only; every applicant
 * account is refused there with 403 ENGINE_API_FORBIDDEN, whatever the path and the method, and gets no webapp login.
 */
class EngineApiPerimeterSecurityIT extends ApiIntegrationTest {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");
    private static final List<String> PATHS = List.of(
            "/engine-rest/task",
            "/engine-rest/task/any-task/complete",
            "/engine-rest/task/any-task/submit-form/",
            "/engine-rest/history/variable-instance",
            "/engine-rest/process-instance/any-instance/variables/x",
            "/engine-rest/engine",
            "/engine-rest/engine/default/task",
            "/engine-rest/user",
            "/engine-rest/no-such-resource",
            "/camunda/api/engine/engine/default/task",
            "/camunda/api/admin/auth/user/default");

    @Test
    void shouldRefuseEveryApplicantKindOnEveryEnginePathAndMethod() {
        String worker = "it-worker-" + System.nanoTime();
        String institution = "it-institution-" + System.nanoTime();
        user(worker, Groups.WORKER);
        user(institution, Groups.INSTITUTION);
        List<String> applicants = List.of(enterprise("SMALL", WEIDU), agency(JIANAN), institution, worker);

        for (String applicant : applicants) {
            for (String method : METHODS) {
                for (String path : PATHS) {
                    Response response = send(as(applicant), method, path);
                    assertThat(response.status())
                            .as(applicant + " " + method + " " + path + ": " + response)
                            .isEqualTo(403);
                    assertThat(response.code()).as(method + " " + path).isEqualTo("ENGINE_API_FORBIDDEN");
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.text("title")).isEqualTo("无权操作");
                }
            }
        }
    }

    @Test
    void shouldRefuseAWorkerRegisteredThroughThePersonsApiOnTheEngineAndTheWebapps() {
        String worker = TestData.idNumber();
        Response registered = admin().put("/api/v1/persons/" + worker, Map.of("name", "孙七", "password", PASSWORD));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        Response tasks = as(worker).get("/engine-rest/task");
        Response complete = as(worker).post("/engine-rest/task/any-task/complete", Map.of());
        HttpResponse<String> webapp = new WebappSession(port).login(worker, PASSWORD);

        assertThat(tasks.status()).isEqualTo(403);
        assertThat(tasks.code()).isEqualTo("ENGINE_API_FORBIDDEN");
        assertThat(complete.code()).isEqualTo("ENGINE_API_FORBIDDEN");
        assertThat(webapp.statusCode()).isEqualTo(403);
        assertThat(as(worker).get("/api/v1/training-vouchers").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAnAccountThatIsNoWorkflowUser() {
        String feed = "it-feed-" + System.nanoTime();
        user(feed, Groups.DATA_EXCHANGE);

        Response response = as(feed).get("/engine-rest/task");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("ENGINE_API_FORBIDDEN");
    }

    @Test
    void shouldKeepServingReviewersAndAdministrators() {
        assertThat(as(COUNTY_WEIDU).get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(as(CITY).get("/engine-rest/history/process-instance").status())
                .isEqualTo(200);
        assertThat(admin().get("/engine-rest/user").status()).isEqualTo(200);
    }

    @Test
    void shouldKeepTheUnauthenticatedAnswerForCallersWithoutValidCredentials() {
        String enterprise = enterprise("SMALL", WEIDU);

        assertThat(api.anonymous().get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(api.as(enterprise, "wrong-password").get("/engine-rest/task").status())
                .isEqualTo(401);
    }

    @Test
    void shouldGiveAnApplicantNoWebappLogin() {
        String enterprise = enterprise("SMALL", WEIDU);

        HttpResponse<String> applicant = new WebappSession(port).login(enterprise, PASSWORD);
        HttpResponse<String> wrongPassword = new WebappSession(port).login(enterprise, "wrong-password");
        HttpResponse<String> reviewer = new WebappSession(port).login(COUNTY_WEIDU, PASSWORD);

        assertThat(applicant.statusCode()).isEqualTo(403);
        assertThat(applicant.body()).contains("\"code\":\"ENGINE_API_FORBIDDEN\"");
        assertThat(applicant.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(reviewer.statusCode()).isEqualTo(200);
    }

    private static Response send(Api caller, String method, String path) {
        return switch (method) {
            case "GET" -> caller.get(path);
            case "POST" -> caller.post(path, Map.of());
            case "PUT" -> caller.put(path, Map.of());
            default -> caller.delete(path);
        };
    }
}
