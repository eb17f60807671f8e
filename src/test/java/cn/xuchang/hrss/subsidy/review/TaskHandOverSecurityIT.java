package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Releasing and handing over a task through the engine's REST API (what Tasklist's × and "set assignee" send): inside
 * the task's group only, by its holder only, never another group's task.
 */
class TaskHandOverSecurityIT extends ApiIntegrationTest {

    private static final String COLLEAGUE = "it-county-411002-c";
    private static final LocalDate HIRED = LocalDate.of(2025, 4, 7);

    private String enterprise;
    private String claimId;
    private String taskId;

    @BeforeEach
    void claimWaitingForTheCounty() {
        user(COLLEAGUE, "county-reviewer-" + WEIDU);
        enterprise = enterprise("SMALL", WEIDU);
        claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, HIRED), HIRED))
                .text("id");
        taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
    }

    @Test
    void shouldLetTheHolderReleaseATaskThatAColleagueThenClaimsAndCompletes() {
        assertThat(take(COUNTY_WEIDU, COUNTY_WEIDU).status()).isEqualTo(204);

        Response released = as(COUNTY_WEIDU).post(task("/unclaim"), Map.of());

        assertThat(released.status()).as(released.toString()).isEqualTo(204);
        assertThat(assignee()).isEmpty();
        assertThat(take(COLLEAGUE, COLLEAGUE).status()).isEqualTo(204);
        assertThat(assignee()).isEqualTo(COLLEAGUE);
        assertThat(decide(COLLEAGUE, taskId, "APPROVE", "同意").status()).isEqualTo(204);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("CITY_REVIEW");
    }

    @Test
    void shouldLetTheHolderHandTheTaskToAColleagueOfTheSameGroupOnly() {
        assertThat(take(COUNTY_WEIDU, COUNTY_WEIDU).status()).isEqualTo(204);

        Response outsider = as(COUNTY_WEIDU).post(task("/assignee"), Map.of("userId", COUNTY_JIANAN));
        Response city = as(COUNTY_WEIDU).post(task("/delegate"), Map.of("userId", CITY));
        Response handedOver = as(COUNTY_WEIDU).post(task("/assignee"), Map.of("userId", COLLEAGUE));

        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(422);
        assertThat(outsider.code()).isEqualTo("NOT_IN_GROUP");
        assertThat(outsider.body().path("message").asText()).contains("不在该组");
        assertThat(city.status()).as(city.toString()).isEqualTo(422);
        assertThat(city.code()).isEqualTo("NOT_IN_GROUP");
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(204);
        assertThat(assignee()).isEqualTo(COLLEAGUE);
        assertThat(decide(COLLEAGUE, taskId, "APPROVE", "同意").status()).isEqualTo(204);
    }

    @Test
    void shouldLetNoColleagueReleaseOrTakeOverATaskAnotherReviewerHolds() {
        assertThat(take(COUNTY_WEIDU, COUNTY_WEIDU).status()).isEqualTo(204);

        Response release = as(COLLEAGUE).post(task("/unclaim"), Map.of());
        Response takeOver = as(COLLEAGUE).post(task("/assignee"), Map.of("userId", COLLEAGUE));

        assertThat(release.status()).as(release.toString()).isEqualTo(409);
        assertThat(release.code()).isEqualTo("TASK_CLAIMED_BY_OTHER");
        assertThat(takeOver.status()).as(takeOver.toString()).isEqualTo(409);
        assertThat(takeOver.code()).isEqualTo("TASK_CLAIMED_BY_OTHER");
        assertThat(assignee()).isEqualTo(COUNTY_WEIDU);
    }

    @Test
    void shouldLetAReviewerOfAnotherCountyNeitherClaimNorReleaseNorAssignTheTask() {
        Response claimed = take(COUNTY_JIANAN, COUNTY_JIANAN);
        assertThat(claimed.status()).as(claimed.toString()).isIn(403, 404);
        assertThat(take(COUNTY_WEIDU, COUNTY_WEIDU).status()).isEqualTo(204);

        Response release = as(COUNTY_JIANAN).post(task("/unclaim"), Map.of());
        Response assign = as(COUNTY_JIANAN).post(task("/assignee"), Map.of("userId", COUNTY_JIANAN));

        assertThat(release.status()).as(release.toString()).isIn(403, 404);
        assertThat(assign.status()).as(assign.toString()).isIn(403, 404);
        assertThat(assignee()).isEqualTo(COUNTY_WEIDU);
    }

    @Test
    void shouldKeepTheTasksGroupsAndDatesAsTheProcessSetThem() {
        Response group = as(COUNTY_WEIDU)
                .post(task("/identity-links"), Map.of("groupId", "county-reviewer-" + JIANAN, "type", "candidate"));
        Response outsider =
                as(COUNTY_WEIDU).post(task("/identity-links"), Map.of("userId", COUNTY_JIANAN, "type", "candidate"));
        Response removeGroup = as(COUNTY_WEIDU)
                .post(
                        task("/identity-links/delete"),
                        Map.of("groupId", "county-reviewer-" + WEIDU, "type", "candidate"));
        Response colleague =
                as(COUNTY_WEIDU).post(task("/identity-links"), Map.of("userId", COLLEAGUE, "type", "candidate"));

        assertThat(group.status()).as(group.toString()).isEqualTo(403);
        assertThat(group.code()).isEqualTo("TASK_ACTION_NOT_ALLOWED");
        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(422);
        assertThat(outsider.code()).isEqualTo("NOT_IN_GROUP");
        assertThat(removeGroup.status()).as(removeGroup.toString()).isEqualTo(403);
        assertThat(removeGroup.code()).isEqualTo("TASK_ACTION_NOT_ALLOWED");
        assertThat(colleague.status()).as(colleague.toString()).isEqualTo(204);
        assertThat(taskOf(COUNTY_JIANAN, claimId, "user_county_review")).isNull();
    }

    private Response take(String reviewer, String forUser) {
        return as(reviewer).post(task("/claim"), Map.of("userId", forUser));
    }

    private String assignee() {
        return admin().get(task("")).body().path("assignee").asText("");
    }

    private String task(String action) {
        return "/engine-rest/task/" + taskId + action;
    }
}
