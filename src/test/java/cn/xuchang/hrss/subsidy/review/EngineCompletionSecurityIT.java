package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hostile client against the completion rules: every path to a task completion meets the same rules inside the
 * engine, and a refused completion leaves the task open and the process unchanged.
 */
class EngineCompletionSecurityIT extends ApiIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 3, 3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXPERTS = List.of("it-expert1", "it-expert2", "it-expert3");

    @Autowired
    private TaskService tasks;

    @Autowired
    private RuntimeService runtime;

    @Test
    void shouldRefuseAVariableTheTaskDoesNotDeclareOnComplete() {
        Claim claim = claimInCountyReview();

        Response refused = as(COUNTY_WEIDU)
                .post(
                        "/engine-rest/task/" + claim.taskId() + "/complete",
                        variables(Map.of(
                                "decision", "APPROVE",
                                "comment", "同意",
                                "returnedTo", COUNTY_WEIDU)));

        assertRefused(refused, 400, "VARIABLE_NOT_ALLOWED");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("message")).contains("returnedTo");
        assertThat(refused.text("detail")).isEqualTo(refused.text("message"));
        assertStillOpen(claim);
    }

    @Test
    void shouldRefuseThroughCompleteWithATrailingSlash() {
        Claim claim = claimInCountyReview();

        Response undeclared = as(COUNTY_WEIDU)
                .post(
                        "/engine-rest/task/" + claim.taskId() + "/complete/",
                        variables(Map.of("decision", "APPROVE", "returnedFrom", "user_city_review")));
        Response badDecision = as(COUNTY_WEIDU)
                .post("/engine-rest/task/" + claim.taskId() + "/complete/", variables(Map.of("decision", "MAYBE")));
        Response rejectWithoutReason = as(COUNTY_WEIDU)
                .post("/engine-rest/task/" + claim.taskId() + "/complete/", variables(Map.of("decision", "REJECT")));

        assertRefused(undeclared, 400, "VARIABLE_NOT_ALLOWED");
        assertRefused(badDecision, 400, "INVALID_DECISION");
        assertRefused(rejectWithoutReason, 400, "INVALID_DECISION");
        assertStillOpen(claim);
    }

    @Test
    void shouldRefuseThroughSubmitForm() {
        Claim claim = claimInCountyReview();

        Response undeclared = as(COUNTY_WEIDU)
                .post(
                        "/engine-rest/task/" + claim.taskId() + "/submit-form",
                        variables(Map.of("decision", "APPROVE", "totalAmount", 2_000_000)));
        Response badDecision = as(COUNTY_WEIDU)
                .post(
                        "/engine-rest/task/" + claim.taskId() + "/submit-form/",
                        variables(Map.of("decision", "PAY_TWICE", "comment", "x")));

        assertRefused(undeclared, 400, "VARIABLE_NOT_ALLOWED");
        assertRefused(badDecision, 400, "INVALID_DECISION");
        assertStillOpen(claim);
    }

    @Test
    void shouldRefuseThroughResolve() {
        Claim claim = claimInCountyReview();

        Response refused = as(COUNTY_WEIDU)
                .post(
                        "/engine-rest/task/" + claim.taskId() + "/resolve",
                        variables(Map.of("returnedTo", COUNTY_WEIDU)));

        assertRefused(refused, 400, "VARIABLE_NOT_ALLOWED");
        assertStillOpen(claim);
    }

    @Test
    void shouldRefuseThroughTheWebappsEngineApiAsTasklistCallsIt() throws Exception {
        Claim claim = claimInCountyReview();
        Tasklist tasklist = Tasklist.login(port, COUNTY_WEIDU, PASSWORD);

        HttpResponse<String> undeclared = tasklist.post(
                "/camunda/api/engine/engine/default/task/" + claim.taskId() + "/submit-form",
                variables(Map.of("decision", "APPROVE", "returnedTo", COUNTY_WEIDU)));
        HttpResponse<String> noReason = tasklist.post(
                "/camunda/api/engine/engine/default/task/" + claim.taskId() + "/complete/",
                variables(Map.of("decision", "RETURN", "comment", " ")));

        assertThat(undeclared.statusCode()).as(undeclared.body()).isEqualTo(400);
        assertThat(undeclared.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(undeclared.body());
        assertThat(problem.path("code").asText()).isEqualTo("VARIABLE_NOT_ALLOWED");
        assertThat(problem.path("message").asText()).contains("returnedTo");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).path("code").asText()).isEqualTo("INVALID_DECISION");
        assertStillOpen(claim);
    }

    @Test
    void shouldRefuseAForbiddenVariableInABodyLargerThanOneMegabyte() {
        Claim claim = claimInCountyReview();
        Map<String, Object> sent = new HashMap<>();
        sent.put("decision", "APPROVE");
        sent.put("comment", "同意");
        sent.put("padding", "x".repeat(1_200_000));
        sent.put("returnedTo", COUNTY_WEIDU);

        Response refused = as(COUNTY_WEIDU).post("/engine-rest/task/" + claim.taskId() + "/complete", variables(sent));

        assertRefused(refused, 400, "VARIABLE_NOT_ALLOWED");
        assertStillOpen(claim);
    }

    static List<Map<String, Object>> serializedValues() {
        String base64 = Base64.getEncoder().encodeToString("同意".getBytes(StandardCharsets.UTF_8));
        return List.of(
                Map.of(
                        "type",
                        "Object",
                        "value",
                        "{\"text\":\"同意\"}",
                        "valueInfo",
                        Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")),
                Map.of("type", "Json", "value", "{\"text\":\"同意\"}"),
                Map.of("type", "Xml", "value", "<text>同意</text>"),
                Map.of("type", "File", "value", base64, "valueInfo", Map.of("filename", "comment.txt")),
                Map.of("type", "Bytes", "value", base64));
    }

    @ParameterizedTest
    @MethodSource("serializedValues")
    void shouldRefuseADeclaredVariableSentAsAnObjectJsonXmlFileOrBytes(Map<String, Object> comment) {
        Claim claim = claimInCountyReview();

        Response refused = as(COUNTY_WEIDU)
                .post(
                        "/engine-rest/task/" + claim.taskId() + "/complete",
                        Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"), "comment", comment)));

        assertRefused(refused, 400, "VARIABLE_NOT_ALLOWED");
        assertStillOpen(claim);
    }

    @Test
    void shouldNotLetTheCityAwardFiveMillionBySendingItsOwnLimit() {
        Award award = awardInCityDecision();

        Response withLimit = as(CITY).post(
                        "/engine-rest/task/" + award.taskId() + "/complete/",
                        variables(Map.of(
                                "decision",
                                "APPROVE",
                                "comment",
                                "同意",
                                "amount",
                                5_000_000,
                                "awardMaxAmount",
                                5_000_000)));

        assertRefused(withLimit, 400, "VARIABLE_NOT_ALLOWED");
        assertThat(as(CITY).get("/engine-rest/task/" + award.taskId()).status()).isEqualTo(200);
        assertThat(limitOf(award)).isEqualTo(100_000L);
        assertThat(award(award).path("status").asText()).isEqualTo("CITY_DECISION");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ledger_entry WHERE claim_id = ?", Integer.class, award.id()))
                .isZero();
    }

    @Test
    void shouldNotLetTheCityRaiseTheAwardLimitThroughAnotherEngineEndpoint() {
        Award award = awardInCityDecision();
        Map<String, Object> limit = Map.of("value", 5_000_000);
        String task = "/engine-rest/task/" + award.taskId();

        List<Response> attempts = List.of(
                as(CITY).put(
                                "/engine-rest/process-instance/" + award.processInstanceId()
                                        + "/variables/awardMaxAmount",
                                limit),
                as(CITY).post(
                                "/engine-rest/process-instance/" + award.processInstanceId() + "/variables",
                                Map.of("modifications", Map.of("awardMaxAmount", limit))),
                as(CITY).post(
                                "/engine-rest/execution/" + award.processInstanceId() + "/localVariables",
                                Map.of("modifications", Map.of("awardMaxAmount", limit))),
                as(CITY).put(task + "/variables/awardMaxAmount", limit),
                as(CITY).put(task + "/localVariables/awardMaxAmount", limit),
                as(CITY).post(task + "/variables", Map.of("modifications", Map.of("awardMaxAmount", limit))),
                as(CITY).post(
                                "/engine-rest/process-instance/" + award.processInstanceId() + "/modification",
                                Map.of(
                                        "instructions",
                                        List.of(Map.of(
                                                "type", "startBeforeActivity",
                                                "activityId", "user_city_decision",
                                                "variables", Map.of("awardMaxAmount", limit))))),
                as(CITY).post(
                                "/engine-rest/process-definition/key/startup-award/start",
                                Map.of("variables", Map.of("awardMaxAmount", limit))));

        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.status()).as(attempt.toString()).isEqualTo(403);
            assertThat(attempt.text("type")).isEqualTo("AuthorizationException");
        });
        assertThat(limitOf(award)).isEqualTo(100_000L);
        Response aboveLimit =
                as(CITY).post(task + "/complete", variables(Map.of("decision", "APPROVE", "amount", 5_000_000)));
        assertRefused(aboveLimit, 400, "INVALID_AMOUNT");
        assertThat(award(award).path("status").asText()).isEqualTo("CITY_DECISION");
    }

    @Test
    void shouldNotLetAReviewerRaiseAnObjectionWithRoutingVariablesByMessage() {
        Claim claim = claimInCountyReview();
        assertThat(decide(COUNTY_WEIDU, claim.taskId(), "APPROVE", "同意").status())
                .isEqualTo(204);
        assertThat(decide(CITY, taskOf(CITY, claim.id(), "user_city_review"), "APPROVE", "同意")
                        .status())
                .isEqualTo(204);
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("PUBLIC_NOTICE");

        Response correlated = as(CITY).post(
                        "/engine-rest/message",
                        Map.of(
                                "messageName", "objection_filed",
                                "businessKey", claim.id(),
                                "processVariables", Map.of("returnedTo", Map.of("value", CITY))));

        assertThat(correlated.status()).as(correlated.toString()).isEqualTo(403);
        assertThat(correlated.text("type")).isEqualTo("AuthorizationException");
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("PUBLIC_NOTICE");
        assertThat(runtime.getVariable(claim.processInstanceId(), "returnedTo")).isNull();
    }

    @Test
    void shouldNotLetAReviewerEndATaskByABpmnErrorOrAnEscalation() {
        Claim claim = claimInCountyReview();
        String task = "/engine-rest/task/" + claim.taskId();

        Response error = as(COUNTY_WEIDU)
                .post(
                        task + "/bpmnError",
                        Map.of("errorCode", "approved", "variables", Map.of("returnedTo", Map.of("value", "x"))));
        Response escalation = as(COUNTY_WEIDU).post(task + "/bpmnEscalation", Map.of("escalationCode", "approved"));

        assertRefused(error, 403, "TASK_ACTION_NOT_ALLOWED");
        assertRefused(escalation, 403, "TASK_ACTION_NOT_ALLOWED");
        assertStillOpen(claim);
    }

    @Test
    void shouldNotLetAReturnedEnterpriseRouteItsClaimToItselfThroughTheJavaApi() {
        Claim claim = claimInCountyReview();
        assertThat(decide(COUNTY_WEIDU, claim.taskId(), "RETURN", "请补充社保缴费证明").status())
                .isEqualTo(204);
        String correction = tasks.createTaskQuery()
                .processInstanceId(claim.processInstanceId())
                .taskDefinitionKey("user_correct_claim")
                .singleResult()
                .getId();

        identity.setAuthentication(claim.enterprise(), List.of("enterprise"));
        EngineRefusal refused;
        try {
            refused = catchThrowableOfType(
                    () -> tasks.complete(
                            correction, Map.of("returnedTo", claim.enterprise(), "returnedFrom", "user_city_review")),
                    EngineRefusal.class);
        } finally {
            identity.clearAuthentication();
        }

        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("VARIABLE_NOT_ALLOWED");
        assertThat(refused.status().value()).isEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId(correction).count()).isOne();
        assertThat(runtime.getVariable(claim.processInstanceId(), "returnedTo")).isEqualTo(COUNTY_WEIDU);
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("RETURNED");

        // the correction through our own API still works and goes back to the reviewer who returned it
        Response corrected = as(claim.enterprise())
                .put(
                        "/api/v1/hiring-subsidy/claims/" + claim.id(),
                        Map.of("year", 2025, "hires", List.of(Map.of("idNumber", claim.person(), "hiredOn", HIRED))));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(claim.processInstanceId())
                        .taskDefinitionKey("user_county_review")
                        .singleResult()
                        .getAssignee())
                .isEqualTo(COUNTY_WEIDU);
    }

    @Test
    void shouldLetOnlyTheReviewerWhoClaimedATaskCompleteIt() {
        String colleague = "it-county-411002-b";
        user(colleague, "county-reviewer-" + WEIDU);
        Claim claim = claimInCountyReview();
        Response claimed =
                as(colleague).post("/engine-rest/task/" + claim.taskId() + "/claim", Map.of("userId", colleague));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);

        Response refused = decide(COUNTY_WEIDU, claim.taskId(), "APPROVE", "同意");

        assertRefused(refused, 409, "TASK_CLAIMED_BY_OTHER");
        assertStillOpen(claim);
        assertThat(tasks.createTaskQuery().taskId(claim.taskId()).singleResult().getAssignee())
                .isEqualTo(colleague);
        assertThat(decide(colleague, claim.taskId(), "APPROVE", "同意").status()).isEqualTo(204);
    }

    @Test
    void shouldRefuseAnUndeclaredVariableThroughTheJavaApi() {
        Claim claim = claimInCountyReview();

        EngineRefusal refused = catchThrowableOfType(
                () -> tasks.complete(
                        claim.taskId(), Map.of("decision", "APPROVE", "comment", "同意", "totalAmount", 2_000_000)),
                EngineRefusal.class);

        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("VARIABLE_NOT_ALLOWED");
        assertStillOpen(claim);
    }

    private record Claim(String id, String processInstanceId, String taskId, String enterprise, String person) {}

    private record Award(String id, String processInstanceId, String taskId, String enterprise) {}

    private Claim claimInCountyReview() {
        String enterprise = enterprise("SMALL", WEIDU);
        String person = eligibleHire(enterprise, HIRED);
        Response submitted = submitHiring(enterprise, 2025, hires(person, HIRED));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String id = submitted.text("id");
        return new Claim(
                id,
                submitted.text("processInstanceId"),
                taskOf(COUNTY_WEIDU, id, "user_county_review"),
                enterprise,
                person);
    }

    private void assertStillOpen(Claim claim) {
        assertThat(taskOf(COUNTY_WEIDU, claim.id(), "user_county_review")).isEqualTo(claim.taskId());
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("COUNTY_REVIEW");
        assertThat(runtime.getVariable(claim.processInstanceId(), "returnedTo")).isNull();
    }

    private Award awardInCityDecision() {
        EXPERTS.forEach(expert -> user(expert, "expert"));
        String enterprise = enterprise("SMALL", WEIDU);
        Response applied = as(enterprise).post("/api/v1/startup-awards/applications", TestData.projectApplication());
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String id = applied.text("id");
        assertThat(decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "RECOMMEND", "推荐")
                        .status())
                .isEqualTo(204);
        for (Map.Entry<String, String> card : scoringCards(id).entrySet()) {
            String scoring = card.getKey();
            String expert = card.getValue();
            Response scored = as(expert)
                    .post("/engine-rest/task/" + scoring + "/complete", variables(Map.of("score", 80, "comment", "好")));
            assertThat(scored.status()).as(scored.toString()).isEqualTo(204);
        }
        String decision = taskOf(CITY, id, "user_city_decision");
        assertThat(decision).isNotNull();
        return new Award(id, applied.text("processInstanceId"), decision, enterprise);
    }

    private long limitOf(Award award) {
        return ((Number) runtime.getVariable(award.processInstanceId(), "awardMaxAmount")).longValue();
    }

    private JsonNode award(Award award) {
        Response response = as(award.enterprise()).get("/api/v1/startup-awards/applications/" + award.id());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static void assertRefused(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
        assertThat(response.text("message")).as(response.toString()).isNotBlank();
    }

    /** The engine REST API's request body: each value untyped, as Tasklist sends a plain form field. */
    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    /** A session in the webapps, logged in as Tasklist logs in, sending the XSRF token as Tasklist does. */
    private record Tasklist(HttpClient http, CookieManager cookies, String base) {

        static Tasklist login(int port, String user, String password) throws Exception {
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
            Tasklist tasklist = new Tasklist(http, cookies, "http://localhost:" + port);
            http.send(
                    HttpRequest.newBuilder(URI.create(tasklist.base + "/camunda/app/tasklist/default/"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(
                    tasklist.request("/camunda/api/admin/auth/user/default/login/tasklist")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            // the login starts a new session with a new token, handed out on the next request
            HttpResponse<String> profile = http.send(
                    tasklist.request("/camunda/api/admin/auth/user/default")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
            return tasklist;
        }

        HttpResponse<String> post(String path, Object body) throws Exception {
            return http.send(
                    request(path)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
            cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            return request;
        }
    }
}
