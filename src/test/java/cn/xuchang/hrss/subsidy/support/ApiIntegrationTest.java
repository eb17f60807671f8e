package cn.xuchang.hrss.subsidy.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the integration tests: the whole application on a random port, called over real HTTP as API.md describes,
 * on H2 or (MySQL suite) on MariaDB/MySQL. Each test registers its own enterprises and persons with fresh numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiIntegrationTest {

    public static final String PASSWORD = "Secret-12345";
    public static final String ADMIN = "it-admin";
    public static final String CITY = "it-city";
    public static final String COUNTY_WEIDU = "it-county-411002";
    public static final String COUNTY_JIANAN = "it-county-411003";
    public static final String WEIDU = "411002";
    public static final String JIANAN = "411003";

    @LocalServerPort
    protected int port;

    @Autowired
    protected IdentityService identity;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;

    @BeforeEach
    void users() {
        api = Api.at(port);
        user(ADMIN, "camunda-admin");
        user(CITY, "city-reviewer");
        user(COUNTY_WEIDU, "county-reviewer-" + WEIDU);
        user(COUNTY_JIANAN, "county-reviewer-" + JIANAN);
    }

    protected void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    protected Api admin() {
        return api.as(ADMIN, PASSWORD);
    }

    protected Api as(String user) {
        return api.as(user, PASSWORD);
    }

    protected String enterprise(String scale, String county) {
        String code = TestData.creditCode(county);
        Response response = admin().put(
                        "/api/v1/enterprises/" + code,
                        Map.of(
                                "name",
                                "测试企业" + code.substring(10),
                                "scale",
                                scale,
                                "countyCode",
                                county,
                                "password",
                                PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return code;
    }

    /**
     * A registered HR service agency in the county, holding a licence valid from 2020 to 2035; its login is its credit
     * code with the test password.
     */
    protected String agency(String county) {
        String code = TestData.creditCode(county);
        Response response = admin().put(
                        "/api/v1/agencies/" + code,
                        Map.of(
                                "name",
                                "测试人力资源机构" + code.substring(10),
                                "countyCode",
                                county,
                                "password",
                                PASSWORD,
                                "licenceNo",
                                "豫人服证字第" + code.substring(10) + "号",
                                "licenceValidFrom",
                                "2020-01-01",
                                "licenceValidUntil",
                                "2035-12-31"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return code;
    }

    /** A registered person holding one certificate issued on the given day. */
    protected String certifiedPerson(LocalDate issuedOn) {
        String id = TestData.idNumber();
        Response response = admin().put(
                        "/api/v1/persons/" + id,
                        Map.of(
                                "name",
                                "张三",
                                "certificates",
                                List.of(Map.of(
                                        "certificateNo", "C" + id,
                                        "kind", "SKILL_LEVEL",
                                        "occupation", "电工",
                                        "level", "INTERMEDIATE",
                                        "issuedOn", issuedOn.toString()))));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    protected void contributions(String idNumber, String employer, YearMonth from, int months) {
        List<Map<String, String>> records = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            records.add(Map.of(
                    "idNumber",
                    idNumber,
                    "employerCreditCode",
                    employer,
                    "month",
                    from.plusMonths(i).toString()));
        }
        Response response = admin().post("/api/v1/social-insurance/contributions", records);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** A person the enterprise hired on the day, certified before it and insured by it for 12 months. */
    protected String eligibleHire(String enterprise, LocalDate hiredOn) {
        String id = certifiedPerson(hiredOn.minusMonths(3));
        contributions(id, enterprise, YearMonth.from(hiredOn), 12);
        return id;
    }

    protected Response submitHiring(String enterprise, int year, Map<String, LocalDate> hires) {
        List<Map<String, String>> lines = new ArrayList<>();
        hires.forEach((id, day) -> lines.add(Map.of("idNumber", id, "hiredOn", day.toString())));
        return as(enterprise).post("/api/v1/hiring-subsidy/claims", Map.of("year", year, "hires", lines));
    }

    protected static Map<String, LocalDate> hires(Object... idAndDate) {
        Map<String, LocalDate> hires = new LinkedHashMap<>();
        for (int i = 0; i < idAndDate.length; i += 2) {
            hires.put((String) idAndDate[i], (LocalDate) idAndDate[i + 1]);
        }
        return hires;
    }

    /** The id of the claim's open task with that key, as the reviewer sees it through the engine's REST API. */
    protected String taskOf(String reviewer, String claimId, String taskKey) {
        Response tasks = as(reviewer)
                .get("/engine-rest/task?processInstanceBusinessKey=" + claimId + "&taskDefinitionKey=" + taskKey);
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        return tasks.body().size() == 0 ? null : tasks.body().get(0).path("id").asText();
    }

    /**
     * The open scoring cards of a startup-award application, each with the expert it was drawn for (its assignee), in
     * the order of their ids: an expert scores their own card.
     */
    protected java.util.LinkedHashMap<String, String> scoringCards(String claimId) {
        Response tasks = admin().get("/engine-rest/task?processInstanceBusinessKey=" + claimId
                + "&taskDefinitionKey=user_expert_scoring&sortBy=id&sortOrder=asc");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        java.util.LinkedHashMap<String, String> cards = new java.util.LinkedHashMap<>();
        tasks.body()
                .forEach(task -> cards.put(
                        task.path("id").asText(), task.path("assignee").asText(null)));
        return cards;
    }

    /** A page of a Tasklist filter as the Tasklist asks for it: HAL, with the filter's list variables, due date first. */
    protected Response tasklistPage(String reviewer, String filterId, int firstResult, int maxResults) {
        // the body Camunda Tasklist 7.24 sends (read off its requests in TasklistBrowserIT): active tasks, its default
        // sorting (newest first) after the filter's own (due date)
        Map<String, Object> query = Map.of(
                "processVariables", List.of(),
                "taskVariables", List.of(),
                "caseInstanceVariables", List.of(),
                "orQueries", List.of(),
                "active", true,
                "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
        return as(reviewer)
                .post(
                        "/engine-rest/filter/" + filterId + "/list?firstResult=" + firstResult + "&maxResults="
                                + maxResults,
                        query,
                        "application/hal+json");
    }

    protected Response decide(String reviewer, String taskId, String decision, String comment) {
        return as(reviewer)
                .post(
                        "/engine-rest/task/" + taskId + "/complete",
                        Map.of(
                                "variables",
                                Map.of("decision", Map.of("value", decision), "comment", Map.of("value", comment))));
    }

    /** Runs the claim's jobs (the public-notice timer, the payment) the way the job executor would. */
    protected void runJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    protected JsonNode claim(String enterprise, String claimId) {
        Response response = as(enterprise).get("/api/v1/hiring-subsidy/claims/" + claimId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    protected static List<String> reasons(JsonNode item) {
        List<String> reasons = new ArrayList<>();
        item.path("reasons").forEach(r -> reasons.add(r.asText()));
        return reasons;
    }
}
