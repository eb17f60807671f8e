package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unknown routes and wrong methods answer with problem JSON and a fitting status, never Spring Boot's error page
 * (GET /error was 500 {"status":999}); the static resources and the webapps keep working.
 */
class UnknownRouteSecurityIT extends ApiIntegrationTest {

    @Test
    void shouldAnswerAnUnknownRouteWithNotFoundProblemJson() {
        for (String path : List.of("/api/v1/nothing", "/nothing", "/error", "/camunda/app/nothing.js")) {
            Response response = admin().get(path);

            assertThat(response.status()).as(path + ": " + response).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.code()).as(path).isEqualTo("NOT_FOUND");
            assertThat(response.text("title")).isEqualTo("未找到");
            assertThat(response.text("detail")).isEqualTo("没有这个地址");
            assertThat(response.text("instance")).as("the address asked for").isEqualTo(path);
        }
    }

    @Test
    void shouldAnswerAnUnknownRouteWithoutLoginTooButKeepTheApisLoginAnswer() {
        Response page = api.anonymous().get("/nothing");
        Response api = this.api.anonymous().get("/api/v1/nothing");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.code()).isEqualTo("NOT_FOUND");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void shouldAnswerAWrongMethodOnAnApiPathWithMethodNotAllowed() {
        String enterprise = enterprise("SMALL", WEIDU);

        Response deleted = as(enterprise).delete("/api/v1/hiring-subsidy/claims");
        Response put = admin().put("/api/v1/readiness", Map.of());

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(405);
        assertThat(deleted.code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(deleted.text("title")).isEqualTo("不支持的请求方法");
        assertThat(put.status()).as(put.toString()).isEqualTo(405);
        assertThat(put.code()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void shouldKeepServingTheWebappsAndTheApiDocs() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/camunda/app/tasklist/default/", "/v3/api-docs", "/camunda/app/welcome/default/")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isNotBlank();
        }
    }
}
