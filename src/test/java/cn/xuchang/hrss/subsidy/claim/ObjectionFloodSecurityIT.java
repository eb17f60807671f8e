package cn.xuchang.hrss.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.ProductionSecuritySettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The public objection form needs no login; a flood of 31 objections once produced 31 reviewer notifications. Now one
 * client address files at most 5 objections an hour, one claim receives at most 20 a day (application.yaml); one more
 * is 429 TOO_MANY_OBJECTIONS, neither stored nor passed on to the reviewers. The counts come from the stored objections,
 * so every node of a cluster keeps the same limits.
 */
@ProductionSecuritySettings
class ObjectionFloodSecurityIT extends ApiIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Client addresses differ from run to run: a MySQL database may keep the last run's objections. */
    private static final Random RANDOM = new Random();

    @Test
    void shouldStopAFloodFromOneClientAfterFiveObjections() throws Exception {
        String claimId = claimInPublicNotice();
        String client = "198.18." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));

        List<Integer> statuses = new ArrayList<>();
        JsonNode refused = null;
        for (int i = 0; i < 31; i++) {
            HttpResponse<String> response = object(claimId, client, "第 " + i + " 条异议：该企业虚报");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429 && refused == null) {
                refused = JSON.readTree(response.body());
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
            }
        }

        assertThat(statuses.subList(0, 5)).containsOnly(202);
        assertThat(statuses.subList(5, 31)).containsOnly(429);
        assertThat(refused.path("code").asText()).isEqualTo("TOO_MANY_OBJECTIONS");
        assertThat(refused.path("detail").asText()).contains("同一来源", "最多可提交 5 条异议");
        assertThat(storedObjections(claimId)).isEqualTo(5);
        // the first objection starts the city's examination, the next four are passed on as notifications
        assertThat(reviewerNotifications(claimId)).isEqualTo(4);
    }

    @Test
    void shouldStopAFloodFromManyClientsAfterTwentyObjectionsToOneClaim() throws Exception {
        String claimId = claimInPublicNotice();
        String clients = "198.19." + RANDOM.nextInt(256) + ".";

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(object(claimId, clients + (10 + i), "异议 " + i).statusCode());
        }
        HttpResponse<String> next = object(claimId, clients + 200, "又一条异议");
        HttpResponse<String> otherClaim = object(claimInPublicNotice(), clients + 200, "对另一项申请的异议");

        assertThat(statuses.subList(0, 20)).containsOnly(202);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
        assertThat(next.statusCode()).isEqualTo(429);
        JsonNode problem = JSON.readTree(next.body());
        assertThat(problem.path("code").asText()).isEqualTo("TOO_MANY_OBJECTIONS");
        assertThat(problem.path("detail").asText()).contains("该项申请", "20 条异议");
        assertThat(storedObjections(claimId)).isEqualTo(20);
        assertThat(reviewerNotifications(claimId)).isEqualTo(19);
        assertThat(otherClaim.statusCode()).as(otherClaim.body()).isEqualTo(202);
    }

    private String claimInPublicNotice() {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 3, 3);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired))
                .text("id");
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "APPROVE", "材料齐全");
        decide(CITY, taskOf(CITY, claimId, "user_city_review"), "APPROVE", "同意拨付");
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("PUBLIC_NOTICE");
        return claimId;
    }

    /** An objection from a client behind the load balancer, which forwards the client's address. */
    private HttpResponse<String> object(String claimId, String clientAddress, String reason) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/public-notices/" + claimId + "/objections"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("reason", reason, "contact", "13800000000")),
                        StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int storedObjections(String claimId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM public_objection WHERE claim_id = ?", Integer.class, claimId);
    }

    private int reviewerNotifications(String claimId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE claim_id = ? AND kind = 'OBJECTION' AND recipient = 'city-reviewer'",
                Integer.class,
                claimId);
    }
}
