package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A county reviewer's Tasklist page, through the engine's filter API as the Tasklist asks for it. The engine checks
 * task authorizations row by row here (see application.yaml): the page must still show a county its own claims and
 * no other county's.
 */
class ReviewerTaskListIT extends ApiIntegrationTest {

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 3);

    @Autowired
    private FilterService filters;

    @Autowired
    private ProcessEngineConfigurationImpl engine;

    @Test
    void shouldCheckTaskAuthorizationsPerRowRatherThanByJoiningTheAuthorizationTable() {
        assertThat(engine.getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
    }

    @Test
    void shouldShowACountysReviewerItsOwnClaimsOnItsFilterPageAndNoOtherCountys() {
        String weiduEnterprise = enterprise("SMALL", WEIDU);
        String jiananEnterprise = enterprise("SMALL", JIANAN);
        String weiduClaim = submitHiring(
                        weiduEnterprise, 2025, hires(eligibleHire(weiduEnterprise, MARCH_2025), MARCH_2025))
                .text("id");
        String jiananClaim = submitHiring(
                        jiananEnterprise, 2025, hires(eligibleHire(jiananEnterprise, MARCH_2025), MARCH_2025))
                .text("id");
        String weiduTask = taskOf(COUNTY_WEIDU, weiduClaim, "user_county_review");
        String jiananTask = taskOf(COUNTY_JIANAN, jiananClaim, "user_county_review");

        List<String> weiduPage = page(COUNTY_WEIDU, filterOf("县区初审 · 魏都区"));
        List<String> jiananPage = page(COUNTY_JIANAN, filterOf("县区初审 · 建安区"));

        assertThat(weiduPage).contains(weiduTask).doesNotContain(jiananTask);
        assertThat(jiananPage).contains(jiananTask).doesNotContain(weiduTask);
    }

    @Test
    void shouldShowTheCountyReviewerTheListColumnsOfItsTasks() {
        String enterprise = enterprise("SMALL", WEIDU);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, MARCH_2025), MARCH_2025))
                .text("id");
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");

        JsonNode task = halPages(COUNTY_WEIDU, filterOf("县区初审 · 魏都区")).stream()
                .filter(row -> row.path("id").asText().equals(taskId))
                .findFirst()
                .orElseThrow();
        Map<String, String> columns = new HashMap<>();
        task.path("_embedded")
                .path("variable")
                .forEach(v ->
                        columns.put(v.path("name").asText(), v.path("value").asText()));

        assertThat(columns)
                .containsEntry("applicantName", "测试企业" + enterprise.substring(10))
                .containsEntry("countyName", "魏都区")
                .containsKey("totalAmount");
        assertThat(columns.get("totalAmount")).isNotBlank();
    }

    @Test
    void shouldCountOnlyTheTasksTheReviewerMayRead() {
        String enterprise = enterprise("SMALL", WEIDU);
        String filterId = filterOf("县区初审 · 魏都区");
        long before = count(COUNTY_WEIDU, filterId);

        submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, MARCH_2025), MARCH_2025));

        assertThat(count(COUNTY_WEIDU, filterId)).isEqualTo(before + 1);
        assertThat(as(COUNTY_JIANAN)
                        .get("/engine-rest/filter/" + filterId + "/count")
                        .status())
                .isEqualTo(403);
    }

    private String filterOf(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    /** The task ids of the filter's pages. */
    private List<String> page(String reviewer, String filterId) {
        return halPages(reviewer, filterId).stream()
                .map(task -> task.path("id").asText())
                .toList();
    }

    /** The filter's rows, 50 at a time, due date first, as the Tasklist asks for them (HAL, with the columns). */
    private List<JsonNode> halPages(String reviewer, String filterId) {
        List<JsonNode> rows = new ArrayList<>();
        for (int first = 0; ; first += 50) {
            Response response = tasklistPage(reviewer, filterId, first, 50);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode tasks = response.body().path("_embedded").path("task");
            tasks.forEach(rows::add);
            if (tasks.size() < 50) {
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
