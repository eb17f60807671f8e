package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reviewers' ready-made Tasklist filters, as the Tasklist reads them through the engine's filter API. */
class TaskFiltersIT extends ApiIntegrationTest {

    @Autowired
    FilterService filters;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentitySetup setup;

    @Test
    void shouldOfferEachGroupItsMainWorkFirstAndItsOwnTasksSecond() {
        assertThat(filterNames(COUNTY_WEIDU)).containsExactly("县区初审 · 魏都区", "我的待办");
        assertThat(filterNames(CITY)).containsExactly("市级复审", "我的待办", "公示异议核查", "评价机构备案审核", "评价机构问题调查");
        user("it-expert-filters", "expert");
        assertThat(filterNames("it-expert-filters")).containsExactly("专家评审", "我的待办");
    }

    @Test
    void shouldKeepAClaimedTaskInTheGroupsFilterAndListItUnderTheClaimersTasksOnly() {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 4, 1);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired))
                .text("id");
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
        String group = filterOf("县区初审 · 魏都区");
        String mine = filterOf("我的待办");
        user("it-county-411002-b", "county-reviewer-" + WEIDU);
        assertThat(listed(COUNTY_WEIDU, mine)).doesNotContain(taskId);

        Response claimed =
                as(COUNTY_WEIDU).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", COUNTY_WEIDU));

        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
        assertThat(listed(COUNTY_WEIDU, group)).contains(taskId);
        assertThat(listed("it-county-411002-b", group)).contains(taskId);
        assertThat(listed(COUNTY_WEIDU, mine)).contains(taskId);
        assertThat(listed("it-county-411002-b", mine)).doesNotContain(taskId);
    }

    @Test
    void shouldListOnlyClaimReviewsUnderTheCitysMainWork() {
        Filter cityReview = filters.createFilterQuery().filterName("市级复审").singleResult();
        JsonNode query =
                as(CITY).get("/engine-rest/filter/" + cityReview.getId()).body().path("query");

        assertThat(query.path("includeAssignedTasks").asBoolean()).isTrue();
        assertThat(values(query.path("processDefinitionKeyIn")))
                .containsExactlyInAnyOrder(
                        "hiring-subsidy",
                        "referral-subsidy",
                        "evaluation-subsidy",
                        "startup-award",
                        "training-voucher-redemption");
        assertThat(values(query.path("taskDefinitionKeyIn")))
                .containsExactlyInAnyOrder("user_city_review", "user_city_decision");
    }

    @Test
    void shouldBringTheFiltersOfAnEarlierVersionUpToDateAtStartAndLeaveThemAloneOnceTheyAre() {
        // as the previous version stored them: unassigned tasks of every process, the investigations listed first
        Filter stored = filters.createFilterQuery().filterName("市级复审").singleResult();
        stored.setQuery(tasks.createTaskQuery()
                .taskCandidateGroup(Groups.CITY_REVIEWER)
                .orderByDueDate()
                .asc());
        stored.setProperties(Map.of("priority", -20, "description", "候选组 city-reviewer 的待办任务，按到期日排序"));
        filters.saveFilter(stored);
        Filter investigations =
                filters.createFilterQuery().filterName("评价机构问题调查").singleResult();
        investigations.setProperties(Map.of("priority", -40));
        filters.saveFilter(investigations);
        assertThat(filterNames(CITY)).first().isNotEqualTo("市级复审");

        setup.setUp();

        Filter updated = filters.getFilter(stored.getId());
        assertThat(filterNames(CITY)).first().isEqualTo("市级复审");
        assertThat(filters.createFilterQuery().filterName("市级复审").count()).isEqualTo(1);
        JsonNode query =
                as(CITY).get("/engine-rest/filter/" + updated.getId()).body().path("query");
        assertThat(query.path("includeAssignedTasks").asBoolean()).isTrue();
        assertThat(values(query.path("processDefinitionKeyIn")))
                .doesNotContain("institution-filing", "institution-exit");
        int revision = ((FilterEntity) updated).getRevision();

        setup.setUp();

        assertThat(((FilterEntity) filters.getFilter(stored.getId())).getRevision())
                .isEqualTo(revision);
    }

    @Test
    void shouldListAnExpertsOwnScoringCardsAndACardNobodyHoldsNeverAnotherExpertsCard() {
        List.of("it-expert1", "it-expert2", "it-expert3").forEach(expert -> user(expert, Groups.EXPERT));
        String enterprise = enterprise("SMALL", WEIDU);
        Response applied = as(enterprise)
                .post(
                        "/api/v1/startup-awards/applications",
                        cn.xuchang.hrss.subsidy.support.TestData.projectApplication());
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String id = applied.text("id");
        // the panel is drawn from the group: only this test's three experts are in it while it is drawn, so each card
        // goes to one of them (other test classes add experts of their own to the same database)
        List<String> others = identity.createUserQuery().memberOfGroup(Groups.EXPERT).list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId)
                .filter(member -> !member.startsWith("it-expert") || member.length() != "it-expert1".length())
                .toList();
        others.forEach(member -> identity.deleteMembership(member, Groups.EXPERT));
        try {
            assertThat(decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "RECOMMEND", "推荐")
                            .status())
                    .isEqualTo(204);
        } finally {
            others.forEach(member -> identity.createMembership(member, Groups.EXPERT));
        }
        List<Map.Entry<String, String>> cards = List.copyOf(scoringCards(id).entrySet());
        assertThat(cards).hasSize(3);
        String expert = cards.get(0).getValue();
        String filterId = filterOf("专家评审");

        assertThat(listed(expert, filterId))
                .contains(cards.get(0).getKey())
                .doesNotContain(cards.get(1).getKey(), cards.get(2).getKey());
        assertThat(listed(cards.get(1).getValue(), filterId))
                .contains(cards.get(1).getKey())
                .doesNotContain(cards.get(0).getKey(), cards.get(2).getKey());

        // released by its expert, a card is the group's: every expert sees it until one takes it
        assertThat(as(cards.get(2).getValue())
                        .post("/engine-rest/task/" + cards.get(2).getKey() + "/unclaim", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(listed(expert, filterId))
                .contains(cards.get(0).getKey(), cards.get(2).getKey());
    }

    /** The filters the user sees, in the Tasklist's order (properties.priority, lowest first). */
    private List<String> filterNames(String user) {
        Response response = as(user).get("/engine-rest/filter?resourceType=Task");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> visible = new ArrayList<>();
        response.body().forEach(visible::add);
        return visible.stream()
                .sorted(Comparator.comparingInt(
                        filter -> filter.path("properties").path("priority").asInt()))
                .map(filter -> filter.path("name").asText())
                .toList();
    }

    private String filterOf(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private List<String> listed(String user, String filterId) {
        Response page = tasklistPage(user, filterId, 0, 1000);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.body().path("_embedded").path("task").findValuesAsText("id");
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
