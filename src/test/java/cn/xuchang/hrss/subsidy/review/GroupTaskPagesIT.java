package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reviewer filters' pages chosen by {@link GroupTaskPages}: the same tasks, in due-date order, as the engine's own
 * query of the filter, page after page, on both APIs; the count the same; and never a task the engine would not show.
 */
class GroupTaskPagesIT extends ApiIntegrationTest {

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 3);
    private static final String WEIDU_GROUP = "county-reviewer-" + WEIDU;

    @Autowired
    private FilterService filters;

    @Autowired
    private TaskService tasks;

    @Autowired
    private AuthorizationService authorizations;

    @Autowired
    private org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    private ProcessEngineConfigurationImpl engine;

    @Autowired
    private GroupTaskPageMapper pages;

    @Test
    void shouldAnswerTheEnginesFilterApiForEveryCaller() {
        assertThat(engine.getFilterService()).isInstanceOf(GroupTaskPages.class);
        assertThat(engine.getProcessEngine().getFilterService()).isInstanceOf(GroupTaskPages.class);
    }

    @Test
    void shouldPageTheCountysTasksAsTheEnginesOwnQueryOfTheFilterDoes() {
        String enterprise = enterprise("SMALL", WEIDU);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            claims.add(submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, MARCH_2025), MARCH_2025))
                    .text("id"));
        }
        // a claimed task stays on the group's list (the filter includes assigned tasks)
        String claimed = taskOf(COUNTY_WEIDU, claims.get(0), "user_county_review");
        assertThat(as(COUNTY_WEIDU)
                        .post("/engine-rest/task/" + claimed + "/claim", java.util.Map.of("userId", COUNTY_WEIDU))
                        .status())
                .isEqualTo(204);
        String filterId = filterOf("县区初审 · 魏都区");

        List<JsonNode> rows = halPages(COUNTY_WEIDU, filterId, 3);
        List<String> engineOwn =
                tasks.createTaskQuery().taskCandidateGroup(WEIDU_GROUP).includeAssignedTasks().list().stream()
                        .map(Task::getId)
                        .toList();

        List<String> ids = rows.stream().map(row -> row.path("id").asText()).toList();
        assertThat(ids)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(engineOwn)
                .contains(claimed);
        List<String> dueDates =
                rows.stream().map(row -> row.path("due").asText("")).toList();
        assertThat(dueDates).isSorted();
        assertThat(count(COUNTY_WEIDU, filterId)).isEqualTo(engineOwn.size());
        // the plain JSON list and the Tasklist's HAL list are the same page
        Response plain = as(COUNTY_WEIDU)
                .post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=3", java.util.Map.of());
        assertThat(plain.status()).isEqualTo(200);
        List<String> plainIds = new ArrayList<>();
        plain.body().forEach(task -> plainIds.add(task.path("id").asText()));
        assertThat(plainIds).isEqualTo(ids.subList(0, Math.min(3, ids.size())));
    }

    @Test
    void shouldPageTheCitysFilterOfTaskAndProcessKeysAsTheEngineDoes() {
        String filterId = filterOf("市级复审");
        List<String> ids = halPages(CITY, filterId, 2).stream()
                .map(row -> row.path("id").asText())
                .toList();
        List<String> engineOwn = filters.list(filterId).stream()
                .map(task -> ((Task) task).getId())
                .toList();

        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(engineOwn);
    }

    @Test
    void shouldFindTheSameTasksInTheSameOrderWalkingTheDueDatesOrSortingTheGroup() {
        String enterprise = enterprise("SMALL", WEIDU);
        submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, MARCH_2025), MARCH_2025));
        String toTheCity = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, MARCH_2025), MARCH_2025))
                .text("id");
        assertThat(decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, toTheCity, "user_county_review"), "APPROVE", "材料齐全")
                        .status())
                .isEqualTo(204);
        List<String> countyTasks = tasks.createTaskQuery().taskCandidateGroup(WEIDU_GROUP).list().stream()
                .map(Task::getId)
                .toList();
        GroupTaskList county = new GroupTaskList(WEIDU_GROUP, false, false, null, null);
        GroupTaskList activeCounty = new GroupTaskList(WEIDU_GROUP, true, true, null, null);
        GroupTaskList city = new GroupTaskList(
                "city-reviewer",
                true,
                true,
                List.of("user_city_review", "user_city_decision"),
                List.of("hiring-subsidy", "referral-subsidy", "evaluation-subsidy"));

        for (GroupTaskList list : List.of(county, activeCounty, city)) {
            List<String> walked = pages.walkByDueDate(list, 0, 10_000);
            assertThat(walked).isNotEmpty();
            assertThat(walked).isEqualTo(pages.sortGroup(list, 0, 10_000));
            assertThat(pages.count(list)).isEqualTo(walked.size());
            assertThat(pages.walkByDueDate(list, 1, 2))
                    .isEqualTo(walked.subList(Math.min(1, walked.size()), Math.min(3, walked.size())));
        }
        assertThat(pages.walkByDueDate(county, 0, 10_000)).containsExactlyInAnyOrderElementsOf(countyTasks);
        assertThat(pages.links(WEIDU_GROUP)).isGreaterThanOrEqualTo(countyTasks.size());
    }

    @Test
    void shouldNeverShowATaskTheEngineWouldNotEvenWhenTheJoinChoosesIt() {
        String task = newCountyTask();
        String filterId = filterOf("县区初审 · 魏都区");
        List<Authorization> grants = authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(task)
                .groupIdIn(WEIDU_GROUP)
                .list();
        assertThat(grants).isNotEmpty();
        grants.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        try {
            GroupTaskList list = new GroupTaskList(WEIDU_GROUP, true, false, null, null);
            assertThat(pages.sortGroup(list, 0, 10_000)).contains(task);
            assertThat(pages.walkByDueDate(list, 0, 10_000)).contains(task);

            List<String> shown = halPages(COUNTY_WEIDU, filterId, 50).stream()
                    .map(row -> row.path("id").asText())
                    .toList();
            assertThat(shown).isNotEmpty().doesNotContain(task);
        } finally {
            grants.forEach(grant -> {
                Authorization again = authorizations.createNewAuthorization(grant.getAuthorizationType());
                again.setGroupId(grant.getGroupId());
                again.setResourceType(grant.getResourceType());
                again.setResourceId(grant.getResourceId());
                again.setPermissions(grant.getPermissions(org.camunda.bpm.engine.authorization.Permissions.values()));
                authorizations.saveAuthorization(again);
            });
        }
    }

    @Test
    void shouldLeaveASuspendedClaimOffTheTasklistsPageOfActiveTasks() {
        String task = newCountyTask();
        String instance = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        String filterId = filterOf("县区初审 · 魏都区");
        runtime.suspendProcessInstanceById(instance);
        try {
            List<String> shown = halPages(COUNTY_WEIDU, filterId, 50).stream()
                    .map(row -> row.path("id").asText())
                    .toList();
            assertThat(shown).isNotEmpty().doesNotContain(task);
            assertThat(pages.walkByDueDate(new GroupTaskList(WEIDU_GROUP, true, true, null, null), 0, 10_000))
                    .doesNotContain(task);
        } finally {
            runtime.activateProcessInstanceById(instance);
        }
        assertThat(halPages(COUNTY_WEIDU, filterId, 50).stream()
                        .map(row -> row.path("id").asText()))
                .contains(task);
    }

    /** The 魏都区 review task of a new claim. */
    private String newCountyTask() {
        String enterprise = enterprise("SMALL", WEIDU);
        String claim = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, MARCH_2025), MARCH_2025))
                .text("id");
        return taskOf(COUNTY_WEIDU, claim, "user_county_review");
    }

    private String filterOf(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private List<JsonNode> halPages(String reviewer, String filterId, int size) {
        List<JsonNode> rows = new ArrayList<>();
        for (int first = 0; ; first += size) {
            Response response = tasklistPage(reviewer, filterId, first, size);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode page = response.body().path("_embedded").path("task");
            page.forEach(rows::add);
            if (page.size() < size) {
                return rows;
            }
        }
    }

    private long count(String reviewer, String filterId) {
        Response response = as(reviewer).get("/engine-rest/filter/" + filterId + "/count");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body().path("count").asLong();
    }
}
