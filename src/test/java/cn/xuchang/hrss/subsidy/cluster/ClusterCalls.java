package cn.xuchang.hrss.subsidy.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calls the cluster tests make over HTTP, exactly as API.md describes them, on whichever node they are given: the
 * registry as the administrator, claims as the enterprise, reviews through the engine's task API as the reviewer.
 */
final class ClusterCalls {

    static final String PASSWORD = "Secret-12345";
    static final String WEIDU = "411002";
    static final String JIANAN = "411003";
    static final String CITY = "cl-city";
    static final LocalDate HIRED = LocalDate.of(2025, 3, 3);
    static final String COUNTY_REVIEW = "user_county_review";
    static final String CITY_REVIEW = "user_city_review";

    private ClusterCalls() {}

    static String countyReviewer(String county) {
        return "cl-county-" + county;
    }

    static Api admin(ClusterNode node) {
        return node.api().as(TwoNodes.ADMIN, TwoNodes.ADMIN_PASSWORD);
    }

    static Api as(ClusterNode node, String user) {
        return node.api().as(user, PASSWORD);
    }

    /** The reviewers of the tests: one per county used and one of the city, created through the engine's REST API. */
    static void reviewers(ClusterNode node) {
        reviewer(node, countyReviewer(WEIDU), "county-reviewer-" + WEIDU);
        reviewer(node, countyReviewer(JIANAN), "county-reviewer-" + JIANAN);
        reviewer(node, CITY, "city-reviewer");
    }

    private static void reviewer(ClusterNode node, String id, String group) {
        Response created = admin(node)
                .post(
                        "/engine-rest/user/create",
                        Map.of(
                                "profile",
                                Map.of("id", id, "firstName", id, "lastName", "集群测试", "email", id + "@example.com"),
                                "credentials",
                                Map.of("password", PASSWORD)));
        assertThat(created.status()).as(created.toString()).isEqualTo(204);
        Response member = admin(node).put("/engine-rest/group/" + group + "/members/" + id, null);
        assertThat(member.status()).as(member.toString()).isEqualTo(204);
    }

    /** A small enterprise registered in the county; its login is its credit code with {@link #PASSWORD}. */
    static String enterprise(ClusterNode node, String county) {
        String code = TestData.creditCode(county);
        Response response = admin(node)
                .put(
                        "/api/v1/enterprises/" + code,
                        Map.of(
                                "name",
                                "集群测试企业" + code.substring(10),
                                "scale",
                                "SMALL",
                                "countyCode",
                                county,
                                "password",
                                PASSWORD));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return code;
    }

    /**
     * A certificate holder hired on {@link #HIRED} whom each of the employers insured for the 12 months from then on;
     * both calls are idempotent, so a caller may repeat them on the other node after a lost connection.
     */
    static void registerHire(ClusterNode node, String idNumber, String... employers) {
        Response person = admin(node)
                .put(
                        "/api/v1/persons/" + idNumber,
                        Map.of(
                                "name",
                                "李四",
                                "certificates",
                                List.of(Map.of(
                                        "certificateNo", "CL" + idNumber,
                                        "kind", "SKILL_LEVEL",
                                        "occupation", "焊工",
                                        "level", "SENIOR",
                                        "issuedOn", HIRED.minusMonths(3).toString()))));
        assertThat(person.status()).as(person.toString()).isIn(200, 201);
        List<Map<String, String>> months = new ArrayList<>();
        for (String employer : employers) {
            for (int i = 0; i < 12; i++) {
                months.add(Map.of(
                        "idNumber",
                        idNumber,
                        "employerCreditCode",
                        employer,
                        "month",
                        YearMonth.from(HIRED).plusMonths(i).toString()));
            }
        }
        Response contributions = admin(node).post("/api/v1/social-insurance/contributions", months);
        assertThat(contributions.status()).as(contributions.toString()).isEqualTo(200);
    }

    /** A hiring-subsidy claim for 2025 of the enterprise for the persons, all hired on {@link #HIRED}. */
    static Response submit(ClusterNode node, String enterprise, List<String> persons) {
        List<Map<String, String>> hires = persons.stream()
                .map(id -> Map.of("idNumber", id, "hiredOn", HIRED.toString()))
                .toList();
        return as(node, enterprise).post("/api/v1/hiring-subsidy/claims", Map.of("year", 2025, "hires", hires));
    }

    /** The id of the claim's open task with the key, as the reviewer sees it, or null when there is none. */
    static String openTask(ClusterNode node, String reviewer, String claimId, String taskKey) {
        Response tasks = as(node, reviewer)
                .get("/engine-rest/task?processInstanceBusinessKey=" + claimId + "&taskDefinitionKey=" + taskKey);
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        return tasks.body().size() == 0 ? null : tasks.body().get(0).path("id").asText();
    }

    static Response decide(ClusterNode node, String reviewer, String taskId, String decision) {
        String comment = "APPROVE".equals(decision) ? "材料齐全，同意" : "材料不实，不予通过";
        return as(node, reviewer)
                .post(
                        "/engine-rest/task/" + taskId + "/complete",
                        Map.of(
                                "variables",
                                Map.of("decision", Map.of("value", decision), "comment", Map.of("value", comment))));
    }

    /** True when the call failed because the connection to the node broke (or never opened), not with an answer. */
    static boolean connectionLost(RuntimeException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
                return true;
            }
        }
        return false;
    }
}
