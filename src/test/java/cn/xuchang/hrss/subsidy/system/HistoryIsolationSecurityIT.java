package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * API.md, the trust boundary: a reviewer reads only the claims of their own group, in runtime and history alike; an
 * expert only the applications they score. The finding was a county reviewer and an expert reading every county's
 * claims, ID numbers and names included, through /engine-rest/history/variable-instance.
 */
class HistoryIsolationSecurityIT extends ApiIntegrationTest {

    @Autowired
    private AuthorizationService authorizations;

    @Autowired
    private IdentitySetup identitySetup;

    private static final LocalDate HIRED = LocalDate.of(2025, 4, 7);
    private static final String EXPERT = "it-history-expert1";
    private static final String OTHER_EXPERT = "it-history-expert2";

    private String hire;
    private String claimId;
    private String instance;
    private String task;

    @BeforeEach
    void weiduClaimWaitingForItsCounty() {
        user(EXPERT, Groups.EXPERT);
        user(OTHER_EXPERT, Groups.EXPERT);
        String enterprise = enterprise("SMALL", WEIDU);
        hire = eligibleHire(enterprise, HIRED);
        Response submitted = submitHiring(enterprise, 2025, hires(hire, HIRED));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        claimId = submitted.text("id");
        instance = submitted.text("processInstanceId");
        task = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
    }

    @Test
    void shouldShowAnotherCountysReviewerNothingOfTheClaimOnAnyHistoryOrRuntimePath() {
        for (String path : readPaths()) {
            Response response = as(COUNTY_JIANAN).get(path);
            assertThat(response.status()).as(path + ": " + response).isIn(200, 404);
            if (response.status() == 200) {
                assertThat(response.body().isArray()).as(path + ": " + response).isTrue();
                assertThat(response.body()).as(path).isEmpty();
            }
        }
        for (String path : singleReads()) {
            Response response = as(COUNTY_JIANAN).get(path);
            assertThat(response.status()).as(path + ": " + response).isIn(403, 404);
        }
    }

    @Test
    void shouldShowNoOtherReviewerOrExpertTheHiresIdNumbersAnywhereInHistory() {
        for (String reader : List.of(COUNTY_JIANAN, EXPERT)) {
            for (String path : List.of(
                    "/engine-rest/history/variable-instance",
                    "/engine-rest/history/detail",
                    "/engine-rest/variable-instance")) {
                Response response = as(reader).get(path);
                assertThat(response.status())
                        .as(reader + " " + path + ": " + response)
                        .isEqualTo(200);
                assertThat(response.body().toString()).as(reader + " " + path).doesNotContain(hire, claimId);
            }
        }
    }

    @Test
    void shouldShowTheCountysOwnReviewerTheWholeHistoryOfItsClaim() {
        Response variables =
                as(COUNTY_WEIDU).get("/engine-rest/history/variable-instance?processInstanceId=" + instance);
        Response process = as(COUNTY_WEIDU).get("/engine-rest/history/process-instance/" + instance);
        Response activities =
                as(COUNTY_WEIDU).get("/engine-rest/history/activity-instance?processInstanceId=" + instance);

        assertThat(variables.status()).as(variables.toString()).isEqualTo(200);
        assertThat(variables.body().findValuesAsText("name")).contains("applicantName", "countyName");
        assertThat(variables.body().toString()).contains(hire);
        assertThat(process.status()).as(process.toString()).isEqualTo(200);
        assertThat(process.text("businessKey")).isEqualTo(claimId);
        assertThat(activities.body().findValuesAsText("activityId")).contains("user_county_review");
    }

    @Test
    void shouldKeepTheClaimsHistoryReadableByItsCountyAfterTheCountyHasDecided() {
        assertThat(decide(COUNTY_WEIDU, task, "APPROVE", "同意").status()).isEqualTo(204);

        Response own = as(COUNTY_WEIDU).get("/engine-rest/history/task?processInstanceId=" + instance);
        Response city = as(CITY).get("/engine-rest/history/variable-instance?processInstanceId=" + instance);
        Response other = as(COUNTY_JIANAN).get("/engine-rest/history/task?processInstanceId=" + instance);

        assertThat(own.body().findValuesAsText("taskDefinitionKey")).contains("user_county_review");
        assertThat(city.body().toString()).contains(hire);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).isEmpty();
    }

    @Test
    void shouldLetAnExpertReadTheApplicationTheyScoreAndNoOther() {
        String enterprise = enterprise("SMALL", WEIDU);
        Response applied = as(enterprise).post("/api/v1/startup-awards/applications", TestData.projectApplication());
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String application = applied.text("processInstanceId");
        decide(
                COUNTY_WEIDU,
                taskOf(COUNTY_WEIDU, applied.text("id"), "user_county_recommendation"),
                "RECOMMEND",
                "予以推荐");
        // the cards are drawn for named experts: the first card's expert scores it; an expert who joined the group
        // after the draw holds none
        String scorer = scoringCards(applied.text("id")).values().iterator().next();
        String outsider = "it-history-late-expert-" + System.nanoTime() % 100_000;
        user(outsider, Groups.EXPERT);

        String ofApplication = "/engine-rest/history/process-instance?processInstanceId=" + application;
        assertThat(as(scorer).get(ofApplication).body().findValuesAsText("id")).containsExactly(application);
        assertThat(as(outsider).get(ofApplication).body()).isEmpty();
        assertThat(as(scorer)
                        .get("/engine-rest/history/process-instance?processInstanceId=" + instance)
                        .body())
                .isEmpty();
    }

    @Test
    void shouldLeaveReadingAllHistoryToTheCityAndWithdrawItFromCountiesOfAnEarlierInstallation() {
        Authorization earlier = authorizations
                .createAuthorizationQuery()
                .groupIdIn(Groups.countyReviewer(JIANAN))
                .resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(Authorization.ANY)
                .singleResult();
        earlier.addPermission(Permissions.READ_HISTORY);
        authorizations.saveAuthorization(earlier);
        assertThat(as(COUNTY_JIANAN).get(byInstance()).body()).isNotEmpty();

        identitySetup.setUp();

        assertThat(as(COUNTY_JIANAN).get(byInstance()).body()).isEmpty();
        for (String group : List.of(Groups.countyReviewer(WEIDU), Groups.countyReviewer(JIANAN), Groups.EXPERT)) {
            assertThat(readsAllHistory(group)).as(group).isFalse();
        }
        assertThat(readsAllHistory(Groups.CITY_REVIEWER)).isTrue();
    }

    private String byInstance() {
        return "/engine-rest/history/variable-instance?processInstanceId=" + instance;
    }

    private boolean readsAllHistory(String group) {
        return authorizations.isUserAuthorized(
                "nobody", List.of(group), Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION, "hiring-subsidy");
    }

    /** Every list a county reviewer could ask for another county's claim. */
    private List<String> readPaths() {
        return List.of(
                "/engine-rest/history/variable-instance?processInstanceId=" + instance,
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + claimId,
                "/engine-rest/history/process-instance?processInstanceId=" + instance,
                "/engine-rest/history/task?processInstanceId=" + instance,
                "/engine-rest/history/task?taskId=" + task,
                "/engine-rest/history/activity-instance?processInstanceId=" + instance,
                "/engine-rest/history/detail?processInstanceId=" + instance,
                "/engine-rest/history/identity-link-log?taskId=" + task,
                "/engine-rest/history/user-operation?processInstanceId=" + instance,
                "/engine-rest/history/incident?processInstanceId=" + instance,
                "/engine-rest/history/decision-instance?processInstanceId=" + instance,
                "/engine-rest/history/job-log?processInstanceId=" + instance,
                "/engine-rest/process-instance?businessKey=" + claimId,
                "/engine-rest/process-instance?processInstanceIds=" + instance,
                "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
                "/engine-rest/execution?processInstanceId=" + instance,
                "/engine-rest/task?processInstanceBusinessKey=" + claimId,
                "/engine-rest/task?processInstanceId=" + instance);
    }

    /** Single resources of the claim: not found, or refused. */
    private List<String> singleReads() {
        return List.of(
                "/engine-rest/history/process-instance/" + instance,
                "/engine-rest/process-instance/" + instance,
                "/engine-rest/process-instance/" + instance + "/variables",
                "/engine-rest/task/" + task,
                "/engine-rest/task/" + task + "/variables",
                "/engine-rest/task/" + task + "/form-variables",
                "/engine-rest/task/" + task + "/comment",
                "/engine-rest/task/" + task + "/attachment",
                "/engine-rest/task/" + task + "/identity-links",
                "/engine-rest/execution/" + instance,
                "/engine-rest/process-instance/" + instance + "/activity-instances");
    }
}
