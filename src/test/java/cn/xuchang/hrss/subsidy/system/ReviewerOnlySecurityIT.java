package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.WebappSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * API.md, the trust boundary: carbon copies and co-reviewers only to workflow users, else 422 USER_NOT_REVIEWER; on
 * our API, through the review form's 抄送 field and through the engine's own identity links (Tasklist's “add candidate
 * user”). A refusal stores nothing.
 */
class ReviewerOnlySecurityIT extends ApiIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 6, 2);
    private static final String FEED = "it-reviewer-only-feed";

    @Autowired
    private TaskService tasks;

    @Autowired
    private AuthorizationService authorizations;

    private String enterprise;
    private String claimId;
    private String task;

    @BeforeEach
    void claimWaitingForTheCounty() {
        user(FEED, Groups.DATA_EXCHANGE);
        enterprise = enterprise("SMALL", WEIDU);
        claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, HIRED), HIRED))
                .text("id");
        task = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
    }

    @Test
    void shouldRefuseACarbonCopyToAnApplicantOrAnyOtherNonWorkflowUserAndStoreNothing() {
        for (String target : List.of(enterprise, FEED)) {
            long grants = grantsOf(target);

            Response copied =
                    as(COUNTY_WEIDU).post("/api/v1/review-tasks/" + task + "/carbon-copies", Map.of("userId", target));

            assertThat(copied.status()).as(copied.toString()).isEqualTo(422);
            assertThat(copied.code()).isEqualTo("USER_NOT_REVIEWER");
            assertThat(copied.text("title")).isEqualTo("不符合政策规定");
            assertThat(grantsOf(target)).isEqualTo(grants);
        }
        assertThat(history()).doesNotContain("CARBON_COPY");
    }

    @Test
    void shouldRefuseAnApplicantAsCoReviewer() {
        Response added =
                as(COUNTY_WEIDU).post("/api/v1/review-tasks/" + task + "/co-reviewers", Map.of("userId", enterprise));

        assertThat(added.status()).as(added.toString()).isEqualTo(422);
        assertThat(added.code()).isEqualTo("USER_NOT_REVIEWER");
        assertThat(candidateUsers()).isEmpty();
    }

    @Test
    void shouldRefuseAnApplicantAsCandidateUserThroughTheEngineApi() {
        // Tasklist's “add candidate user” needs TASK_ASSIGN, which administrators hold
        Response applicant = admin().post(
                        "/engine-rest/task/" + task + "/identity-links",
                        Map.of("userId", enterprise, "type", "candidate"));
        Response feed = admin().post(
                        "/engine-rest/task/" + task + "/identity-links", Map.of("userId", FEED, "type", "candidate"));

        assertThat(applicant.status()).as(applicant.toString()).isEqualTo(422);
        assertThat(applicant.code()).isEqualTo("USER_NOT_REVIEWER");
        assertThat(applicant.contentType()).startsWith("application/problem+json");
        assertThat(feed.status()).isEqualTo(422);
        assertThat(feed.code()).isEqualTo("USER_NOT_REVIEWER");
        assertThat(candidateUsers()).isEmpty();
        assertThat(grantsOf(enterprise)).isZero();
    }

    @Test
    void shouldRefuseAnApplicantAsCandidateUserThroughTasklist() {
        WebappSession tasklist = new WebappSession(port);
        assertThat(tasklist.login(ADMIN, PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> added = tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + task + "/identity-links",
                "{\"userId\":\"" + enterprise + "\",\"type\":\"candidate\"}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(422);
        assertThat(added.body()).contains("\"code\":\"USER_NOT_REVIEWER\"");
        assertThat(candidateUsers()).isEmpty();
    }

    @Test
    void shouldStillAddAReviewerAsCandidateUserThroughTheEngineApi() {
        Response added = admin().post(
                        "/engine-rest/task/" + task + "/identity-links",
                        Map.of("userId", COUNTY_JIANAN, "type", "candidate"));

        assertThat(added.status()).as(added.toString()).isEqualTo(204);
        assertThat(candidateUsers()).containsExactly(COUNTY_JIANAN);
    }

    @Test
    void shouldRefuseTheReviewFormsCarbonCopyToAnApplicantAndKeepTheTaskOpen() {
        Response completed = as(COUNTY_WEIDU)
                .post(
                        "/engine-rest/task/" + task + "/complete",
                        Map.of(
                                "variables",
                                Map.of(
                                        "decision", Map.of("value", "APPROVE"),
                                        "comment", Map.of("value", "同意"),
                                        "ccUserId", Map.of("value", enterprise))));

        assertThat(completed.status()).as(completed.toString()).isEqualTo(422);
        assertThat(completed.code()).isEqualTo("USER_NOT_REVIEWER");
        assertThat(taskOf(COUNTY_WEIDU, claimId, "user_county_review")).isEqualTo(task);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(history()).isEmpty();
    }

    private List<String> candidateUsers() {
        return tasks.getIdentityLinksForTask(task).stream()
                .filter(link -> link.getUserId() != null && "candidate".equals(link.getType()))
                .map(link -> link.getUserId())
                .toList();
    }

    private long grantsOf(String user) {
        return authorizations
                .createAuthorizationQuery()
                .userIdIn(user)
                .resourceType(Resources.TASK)
                .count();
    }

    private List<String> history() {
        return claim(enterprise, claimId).path("history").findValuesAsText("decision");
    }
}
