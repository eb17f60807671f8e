package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reviewers' approval actions (issue: daily tools) through the API, with their permissions. */
class ReviewActionsApiIT extends ApiIntegrationTest {

    private static final String COLLEAGUE = "it-county-411002-b";
    private static final String READER = "it-reader";
    private static final LocalDate HIRED = LocalDate.of(2025, 5, 5);

    private String enterprise;
    private String claimId;

    @BeforeEach
    void claimWaitingForTheCounty() {
        user(COLLEAGUE, "county-reviewer-" + WEIDU);
        user(READER, "expert");
        enterprise = enterprise("SMALL", WEIDU);
        claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, HIRED), HIRED))
                .text("id");
    }

    @Test
    void shouldTransferATaskToAReviewerOfTheSameGroupOnly() {
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");

        Response outsider = as(COUNTY_WEIDU).post(transfer(taskId), Map.of("userId", COUNTY_JIANAN, "comment", "请协助"));
        Response otherCounty = as(COUNTY_JIANAN).post(transfer(taskId), Map.of("userId", COUNTY_JIANAN));
        Response transferred = as(COUNTY_WEIDU).post(transfer(taskId), Map.of("userId", COLLEAGUE, "comment", "本人出差"));

        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.code()).isEqualTo("NOT_IN_GROUP");
        assertThat(otherCounty.status()).isEqualTo(404);
        assertThat(otherCounty.code()).isEqualTo("TASK_NOT_FOUND");
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(204);
        assertThat(as(COLLEAGUE).get("/engine-rest/task/" + taskId).text("assignee"))
                .isEqualTo(COLLEAGUE);
        assertThat(history()).contains("TRANSFER:" + COUNTY_WEIDU);
    }

    @Test
    void shouldLetACarbonCopyReadTheTaskButNotCompleteIt() {
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
        assertThat(as(READER).get("/engine-rest/task/" + taskId).status()).isEqualTo(404);

        Response copied =
                as(COUNTY_WEIDU).post("/api/v1/review-tasks/" + taskId + "/carbon-copies", Map.of("userId", READER));

        assertThat(copied.status()).as(copied.toString()).isEqualTo(204);
        assertThat(as(READER).get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
        Response completion = decide(READER, taskId, "APPROVE", "");
        assertThat(completion.status()).isEqualTo(403);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(as(READER).get("/api/v1/notifications").body().findValuesAsText("kind"))
                .contains("CARBON_COPY");
    }

    @Test
    void shouldLetAnAddedCoReviewerOfAnotherCountyCompleteTheTask() {
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");

        Response added = as(COUNTY_WEIDU)
                .post("/api/v1/review-tasks/" + taskId + "/co-reviewers", Map.of("userId", COUNTY_JIANAN));
        Response notAReviewer =
                as(COUNTY_WEIDU).post("/api/v1/review-tasks/" + taskId + "/co-reviewers", Map.of("userId", READER));

        assertThat(added.status()).as(added.toString()).isEqualTo(204);
        assertThat(notAReviewer.status()).isEqualTo(422);
        assertThat(notAReviewer.code()).isEqualTo("USER_NOT_REVIEWER");
        assertThat(decide(COUNTY_JIANAN, taskId, "APPROVE", "会审同意").status()).isEqualTo(204);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("CITY_REVIEW");
    }

    @Test
    void shouldReturnAClaimFromTheCityToTheCountyReviewerWhoApprovedIt() {
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "APPROVE", "同意");
        String cityTask = taskOf(CITY, claimId, "user_city_review");

        Response noReason = as(CITY).post("/api/v1/review-tasks/" + cityTask + "/return-to-previous", Map.of());
        Response returned = as(CITY).post(
                        "/api/v1/review-tasks/" + cityTask + "/return-to-previous", Map.of("comment", "请县区核实社保记录"));

        assertThat(noReason.code()).isEqualTo("COMMENT_REQUIRED");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(204);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("COUNTY_REVIEW");
        String countyTask = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
        assertThat(as(COUNTY_WEIDU).get("/engine-rest/task/" + countyTask).text("assignee"))
                .isEqualTo(COUNTY_WEIDU);
        Response atFirstStep = as(COUNTY_WEIDU)
                .post("/api/v1/review-tasks/" + countyTask + "/return-to-previous", Map.of("comment", "x"));
        assertThat(atFirstStep.code()).isEqualTo("NO_PREVIOUS_STEP");
        assertThat(history()).contains("RETURN_PREVIOUS:" + CITY);
    }

    @Test
    void shouldReturnToThePreviousStepFromTheCityReviewFormAsTasklistSubmitsIt() {
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "APPROVE", "同意");
        String cityTask = taskOf(CITY, claimId, "user_city_review");

        Response returned = as(CITY).post(
                        "/engine-rest/task/" + cityTask + "/complete",
                        Map.of(
                                "variables",
                                Map.of(
                                        "decision", Map.of("value", "RETURN_PREVIOUS"),
                                        "comment", Map.of("value", "请县区核实社保记录"),
                                        "ccUserId", Map.of("value", READER))));

        assertThat(returned.status()).as(returned.toString()).isEqualTo(204);
        String countyTask = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
        assertThat(as(COUNTY_WEIDU).get("/engine-rest/task/" + countyTask).text("assignee"))
                .isEqualTo(COUNTY_WEIDU);
        assertThat(history()).contains("RETURN_PREVIOUS:" + CITY, "CARBON_COPY:" + CITY);
        assertThat(as(READER).get("/api/v1/notifications").body().findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("退回上一环节").contains("仅供阅知"));
    }

    @Test
    void shouldLetTheCountyReviewerWithdrawAnApprovalUntilTheCityStarts() {
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "APPROVE", "同意");

        Response notTheirs =
                as(COLLEAGUE).post("/api/v1/claims/" + claimId + "/withdraw-approval", Map.of("comment", "误操作"));
        Response withdrawn =
                as(COUNTY_WEIDU).post("/api/v1/claims/" + claimId + "/withdraw-approval", Map.of("comment", "误点通过"));

        assertThat(notTheirs.code()).isEqualTo("NOTHING_TO_WITHDRAW");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(taskOf(CITY, claimId, "user_city_review")).isNull();
        assertThat(history()).contains("WITHDRAW:" + COUNTY_WEIDU);
    }

    @Test
    void shouldRefuseTheWithdrawalOnceTheCityHasClaimedTheTask() {
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "APPROVE", "同意");
        String cityTask = taskOf(CITY, claimId, "user_city_review");
        assertThat(as(CITY).post("/engine-rest/task/" + cityTask + "/claim", Map.of("userId", CITY))
                        .status())
                .isEqualTo(204);

        Response late =
                as(COUNTY_WEIDU).post("/api/v1/claims/" + claimId + "/withdraw-approval", Map.of("comment", "撤回"));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("NEXT_STEP_ACTED");
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("CITY_REVIEW");
    }

    @Test
    void shouldShowAReviewerTheWorkloadOfTheirGroupAndRefuseAnEnterprise() {
        Response load = as(COUNTY_WEIDU).get("/api/v1/workload");

        assertThat(load.status()).isEqualTo(200);
        assertThat(load.body().findValuesAsText("group")).containsExactly("county-reviewer-" + WEIDU);
        assertThat(load.body().get(0).path("open").asInt()).isPositive();
        assertThat(as(enterprise).get("/api/v1/workload").status()).isEqualTo(403);
    }

    private static String transfer(String taskId) {
        return "/api/v1/review-tasks/" + taskId + "/transfer";
    }

    private java.util.List<String> history() {
        java.util.List<String> entries = new java.util.ArrayList<>();
        claim(enterprise, claimId)
                .path("history")
                .forEach(h -> entries.add(
                        h.path("decision").asText() + ":" + h.path("decidedBy").asText()));
        return entries;
    }
}
