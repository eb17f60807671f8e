package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document declares HTTP Basic on every operation that needs a login, so that Swagger UI offers
 * "Authorize" and sends the credentials; the public operations declare none. Both against the real perimeter.
 */
class OpenApiIT extends ApiIntegrationTest {

    @Test
    void shouldDeclareHttpBasicAsTheSecuritySchemeOfTheApi() {
        Response docs = api.anonymous().get("/v3/api-docs");

        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        JsonNode scheme = docs.body().path("components").path("securitySchemes").path(OpenApiSetup.BASIC);
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("basic");
        assertThat(security(docs.body(), "post", "/api/v1/hiring-subsidy/claims"))
                .containsExactly(OpenApiSetup.BASIC);
        assertThat(security(docs.body(), "get", "/api/v1/workload")).containsExactly(OpenApiSetup.BASIC);
        assertThat(security(docs.body(), "get", "/api/v1/readiness")).isEmpty();
        assertThat(security(docs.body(), "post", "/api/v1/public-notices/{claimId}/objections"))
                .isEmpty();
    }

    @Test
    void shouldAskForTheLoginExactlyWhereTheApiRefusesAnAnonymousCaller() {
        JsonNode paths = api.anonymous().get("/v3/api-docs").body().path("paths");
        List<String> disagreements = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String method = operation.getKey();
                String url = path.getKey().replaceAll("\\{[^}/]+}", "x");
                boolean declared = !security(paths.path(path.getKey()), method).isEmpty();
                Response anonymous = anonymous(method, url);
                boolean refused = anonymous.status() == 401;
                if (declared != refused) {
                    disagreements.add(method.toUpperCase() + " " + path.getKey() + ": declares login " + declared
                            + ", anonymous call answered " + anonymous.status());
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void shouldServeSwaggerUiWithoutALogin() {
        Response config = api.anonymous().get("/v3/api-docs/swagger-config");

        assertThat(config.status()).as(config.toString()).isEqualTo(200);
        assertThat(config.body().path("url").asText()).isEqualTo("/v3/api-docs");
    }

    private Response anonymous(String method, String url) {
        return switch (method) {
            case "get" -> api.anonymous().get(url);
            case "post" -> api.anonymous().post(url, Map.of());
            case "put" -> api.anonymous().put(url, Map.of());
            default -> throw new AssertionError("no anonymous call written for " + method + " " + url);
        };
    }

    private static List<String> security(JsonNode docs, String method, String path) {
        return security(docs.path("paths").path(path), method);
    }

    private static List<String> security(JsonNode pathItem, String method) {
        assertThat(pathItem.path(method).isObject())
                .as(method + " in " + pathItem)
                .isTrue();
        List<String> schemes = new ArrayList<>();
        pathItem.path(method)
                .path("security")
                .forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
        return schemes;
    }
}
