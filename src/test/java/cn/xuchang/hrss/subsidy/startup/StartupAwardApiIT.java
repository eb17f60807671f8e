package cn.xuchang.hrss.subsidy.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entrepreneurship-award contract of API.md, through real HTTP, from application to payment. */
class StartupAwardApiIT extends ApiIntegrationTest {

    static final List<String> EXPERTS = List.of("it-expert1", "it-expert2", "it-expert3");

    @BeforeEach
    void experts() {
        EXPERTS.forEach(expert -> user(expert, "expert"));
    }

    @Test
    void shouldTakeAProjectThroughRecommendationScoringAndTheCitysAmountToPayment() {
        String enterprise = enterprise("SMALL", WEIDU);
        Response submitted = apply(enterprise, "PROJECT", TestData.idNumber());

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.text("status")).isEqualTo("COUNTY_RECOMMENDATION");
        assertThat(submitted.text("processInstanceId")).isNotBlank();
        String id = submitted.text("id");
        assertThat(taskOf(COUNTY_JIANAN, id, "user_county_recommendation")).isNull();
        Response recommended =
                decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "RECOMMEND", "予以推荐");
        assertThat(recommended.status()).as(recommended.toString()).isEqualTo(204);
        assertThat(application(enterprise, id).path("status").asText()).isEqualTo("EXPERT_SCORING");

        Map<String, String> cards = scoringCards(id);
        assertThat(cards).hasSize(3);
        List<String> scoring = List.copyOf(cards.keySet());
        List<String> experts = scoring.stream().map(cards::get).toList();
        assertThat(experts).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(scoringTasks(experts.get(0), id)).hasSize(3);
        assertThat(score(experts.get(0), scoring.get(0), 80).status()).isEqualTo(204);
        JsonNode whileScoring = application(enterprise, id);
        assertThat(whileScoring.path("scores").isNull()).isTrue();
        assertThat(whileScoring.path("scoreMean").isNull()).isTrue();

        // the second card is another expert's: an administrator gives it to the first one, whose score is refused
        assertThat(admin().post("/engine-rest/task/" + scoring.get(1) + "/assignee", Map.of("userId", experts.get(0)))
                        .status())
                .isEqualTo(204);
        Response again = score(experts.get(0), scoring.get(1), 95);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_DECIDED");
        assertThat(take(experts.get(1), scoring.get(1)).status()).isEqualTo(204);
        Response tooHigh = score(experts.get(1), scoring.get(1), 101);
        assertThat(tooHigh.status()).as(tooHigh.toString()).isEqualTo(400);
        assertThat(tooHigh.code()).isEqualTo("INVALID_SCORE");
        assertThat(score(experts.get(1), scoring.get(1), -1).status()).isEqualTo(400);
        assertThat(scoringTasks(experts.get(1), id)).hasSize(2);
        assertThat(score(experts.get(1), scoring.get(1), 90).status()).isEqualTo(204);
        assertThat(score(experts.get(2), scoring.get(2), 75).status()).isEqualTo(204);

        JsonNode scored = application(enterprise, id);
        assertThat(scored.path("status").asText()).isEqualTo("CITY_DECISION");
        assertThat(scored.path("scores").findValuesAsText("score")).containsExactly("80", "90", "75");
        assertThat(scored.path("scoreMean").decimalValue()).isEqualByComparingTo("81.67");
        String decision = taskOf(CITY, id, "user_city_decision");
        Response variables = as(CITY).get("/engine-rest/task/" + decision + "/form-variables");
        assertThat(variables.body().path("scoreMean").path("value").asDouble()).isEqualTo(81.67);

        Response aboveLimit = cityDecides(decision, "APPROVE", 100_001);
        assertThat(aboveLimit.status()).as(aboveLimit.toString()).isEqualTo(400);
        assertThat(aboveLimit.code()).isEqualTo("INVALID_AMOUNT");
        assertThat(taskOf(CITY, id, "user_city_decision")).isEqualTo(decision);
        assertThat(cityDecides(decision, "APPROVE", 80_000).status()).isEqualTo(204);
        JsonNode inNotice = application(enterprise, id);
        assertThat(inNotice.path("status").asText()).isEqualTo("PUBLIC_NOTICE");
        assertThat(inNotice.path("awardedAmount").asInt()).isEqualTo(80_000);

        runJobs(submitted.text("processInstanceId"));

        assertThat(application(enterprise, id).path("status").asText()).isEqualTo("PAID");
        assertThat(jdbc.queryForObject(
                        "SELECT amount FROM ledger_entry WHERE claim_id = ? AND scheme = 'STARTUP_PROJECT'",
                        Integer.class,
                        id))
                .isEqualTo(80_000);
    }

    @Test
    void shouldAwardAParkItsFixedTwoHundredThousand() {
        String enterprise = enterprise("MEDIUM", WEIDU);
        String id = apply(enterprise, "PARK", TestData.idNumber()).text("id");
        recommendAndScore(id);

        Response approved = cityDecides(taskOf(CITY, id, "user_city_decision"), "APPROVE", null);

        assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
        assertThat(application(enterprise, id).path("awardedAmount").asInt()).isEqualTo(200_000);
    }

    @Test
    void shouldRefuseASecondApplicationOfTheSameCategoryByTheEnterpriseOrTheFounderAndStoreNothing() {
        String enterprise = enterprise("SMALL", WEIDU);
        String founder = TestData.idNumber();
        assertThat(apply(enterprise, "PROJECT", founder).status()).isEqualTo(201);
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_claim", Integer.class);

        Response sameEnterprise = apply(enterprise, "PROJECT", TestData.idNumber());
        Response sameFounder = apply(enterprise("SMALL", JIANAN), "PROJECT", founder);

        assertThat(sameEnterprise.status()).as(sameEnterprise.toString()).isEqualTo(422);
        assertThat(sameEnterprise.code()).isEqualTo("ALREADY_AWARDED");
        assertThat(sameFounder.status()).isEqualTo(422);
        assertThat(sameFounder.code()).isEqualTo("ALREADY_AWARDED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_claim", Integer.class))
                .isEqualTo(before);
        assertThat(apply(enterprise, "PARK", founder).status()).isEqualTo(201);
    }

    @Test
    void shouldRecordTheFoundersReturnHomeShowItToTheCountyAndLetItRefuseOnIt() {
        String enterprise = enterprise("SMALL", WEIDU);
        Map<String, Object> returned = body("PROJECT", TestData.idNumber());
        returned.put("founderReturnedHome", true);
        returned.put("founderReturnNote", "2015-2023 年在广东务工，2023 年返乡");
        Map<String, Object> notReturned = body("PARK", TestData.idNumber());
        notReturned.put("founderReturnedHome", false);

        Response first = as(enterprise).post("/api/v1/startup-awards/applications", returned);
        Response second = as(enterprise).post("/api/v1/startup-awards/applications", notReturned);
        Response silent = apply(enterprise("SMALL", WEIDU), "PROJECT", TestData.idNumber());

        assertThat(first.body().path("founderReturnedHome").asBoolean()).isTrue();
        assertThat(first.text("founderReturnNote")).isEqualTo("2015-2023 年在广东务工，2023 年返乡");
        assertThat(silent.body().path("founderReturnedHome").isNull()).isTrue();
        String firstTask = taskOf(COUNTY_WEIDU, first.text("id"), "user_county_recommendation");
        assertThat(as(COUNTY_WEIDU)
                        .get("/engine-rest/task/" + firstTask + "/variables/founderReturn")
                        .body()
                        .path("value")
                        .asText())
                .isEqualTo("是，申请称创办人为返乡农民工：2015-2023 年在广东务工，2023 年返乡");
        String secondTask = taskOf(COUNTY_WEIDU, second.text("id"), "user_county_recommendation");
        assertThat(as(COUNTY_WEIDU)
                        .get("/engine-rest/task/" + secondTask + "/variables/founderReturn")
                        .body()
                        .path("value")
                        .asText())
                .startsWith("否");
        String silentTask = taskOf(COUNTY_WEIDU, silent.text("id"), "user_county_recommendation");
        assertThat(as(COUNTY_WEIDU)
                        .get("/engine-rest/task/" + silentTask + "/variables/founderReturn")
                        .body()
                        .path("value")
                        .asText())
                .startsWith("申请未说明");

        assertThat(decide(COUNTY_WEIDU, secondTask, "REJECT", "创办人不是返乡农民工").status())
                .isEqualTo(204);

        JsonNode refused = application(enterprise, second.text("id"));
        assertThat(refused.path("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.path("history").findValuesAsText("comment")).contains("创办人不是返乡农民工");
    }

    @Test
    void shouldLetTheApplicantApplyAgainAfterARejection() {
        String enterprise = enterprise("SMALL", WEIDU);
        String founder = TestData.idNumber();
        String id = apply(enterprise, "PROJECT", founder).text("id");

        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "REJECT", "不符合返乡创业条件");

        assertThat(application(enterprise, id).path("status").asText()).isEqualTo("REJECTED");
        assertThat(apply(enterprise, "PROJECT", founder).status()).isEqualTo(201);
    }

    @Test
    void shouldSendACorrectedApplicationBackToTheCounty() {
        String enterprise = enterprise("SMALL", WEIDU);
        String founder = TestData.idNumber();
        String id = apply(enterprise, "PROJECT", founder).text("id");
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "RETURN", "请补充营业执照");
        assertThat(application(enterprise, id).path("status").asText()).isEqualTo("RETURNED");

        Map<String, Object> corrected = body("PROJECT", founder);
        corrected.put("attachments", List.of("营业执照.pdf", "项目可行性报告.pdf"));
        Response response = as(enterprise).put("/api/v1/startup-awards/applications/" + id, corrected);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo("COUNTY_RECOMMENDATION");
        assertThat(response.body().path("attachments").get(0).asText()).isEqualTo("营业执照.pdf");
        Response otherFounder =
                as(enterprise).put("/api/v1/startup-awards/applications/" + id, body("PROJECT", TestData.idNumber()));
        assertThat(otherFounder.status()).isEqualTo(400);
        assertThat(otherFounder.code()).isEqualTo("APPLICANT_CHANGED");
    }

    @Test
    void shouldShowAnEnterpriseOnlyItsOwnApplications() {
        String enterprise = enterprise("SMALL", WEIDU);
        String other = enterprise("SMALL", WEIDU);
        String id = apply(enterprise, "PROJECT", TestData.idNumber()).text("id");

        Response foreign = as(other).get("/api/v1/startup-awards/applications/" + id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("CLAIM_NOT_FOUND");
        assertThat(foreign.body().has("founderIdNumber")).isFalse();
        assertThat(as(other).get("/api/v1/startup-awards/applications").body()).isEmpty();
        assertThat(as(enterprise)
                        .get("/api/v1/startup-awards/applications")
                        .body()
                        .findValuesAsText("id"))
                .containsExactly(id);
        assertThat(as(CITY).get("/api/v1/startup-awards/applications/" + id).status())
                .isEqualTo(403);
    }

    @Test
    void shouldRefuseMalformedApplications() {
        String enterprise = enterprise("SMALL", WEIDU);

        Response badFounder = apply(enterprise, "PROJECT", "411002199001010019");
        assertThat(badFounder.status()).isEqualTo(400);
        assertThat(badFounder.code()).isEqualTo("INVALID_ID_NUMBER");
        Map<String, Object> noCategory = body("PROJECT", TestData.idNumber());
        noCategory.remove("category");
        assertThat(as(enterprise)
                        .post("/api/v1/startup-awards/applications", noCategory)
                        .status())
                .isEqualTo(400);
        Map<String, Object> negative = body("PROJECT", TestData.idNumber());
        negative.put("jobsCreated", -3);
        assertThat(as(enterprise)
                        .post("/api/v1/startup-awards/applications", negative)
                        .status())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", Integer.class, enterprise))
                .isZero();
    }

    @Test
    void shouldGiveAnExpertOneCardOfAnApplicationAndReleaseARefusedSecondOne() {
        String enterprise = enterprise("SMALL", WEIDU);
        String id = apply(enterprise, "PROJECT", TestData.idNumber()).text("id");
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "RECOMMEND", "予以推荐");
        Map<String, String> drawn = scoringCards(id);
        List<String> cards = List.copyOf(drawn.keySet());
        String expert = drawn.get(cards.get(0));
        String owner = drawn.get(cards.get(1));
        // the second card's expert releases it: it is the group's again, and the first expert may not take it
        assertThat(as(owner)
                        .post("/engine-rest/task/" + cards.get(1) + "/unclaim", Map.of())
                        .status())
                .isEqualTo(204);

        assertThat(take(expert, cards.get(0)).status()).isEqualTo(204);
        Response secondCard = take(expert, cards.get(1));
        assertThat(secondCard.status()).as(secondCard.toString()).isEqualTo(409);
        assertThat(secondCard.code()).isEqualTo("ALREADY_HOLDS_TASK");
        assertThat(score(expert, cards.get(0), 80).status()).isEqualTo(204);
        Response afterScoring = take(expert, cards.get(1));
        assertThat(afterScoring.status()).as(afterScoring.toString()).isEqualTo(409);
        assertThat(afterScoring.code()).isEqualTo("ALREADY_DECIDED");

        // a card an administrator gave the expert anyway: the refused score sends it back to the group
        assertThat(admin().post("/engine-rest/task/" + cards.get(1) + "/assignee", Map.of("userId", expert))
                        .status())
                .isEqualTo(204);
        Response again = score(expert, cards.get(1), 95);

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_DECIDED");
        assertThat(admin().get("/engine-rest/task/" + cards.get(1))
                        .body()
                        .path("assignee")
                        .isNull())
                .isTrue();
        assertThat(take(owner, cards.get(1)).status()).isEqualTo(204);
        assertThat(score(owner, cards.get(1), 90).status()).isEqualTo(204);
    }

    @Test
    void shouldRefuseTheCountysRecommendationWhileNoExpertIsInTheGroupAndKeepItsTask() {
        String enterprise = enterprise("SMALL", WEIDU);
        String id = apply(enterprise, "PROJECT", TestData.idNumber()).text("id");
        String county = taskOf(COUNTY_WEIDU, id, "user_county_recommendation");
        List<String> experts = identity.createUserQuery().memberOfGroup("expert").list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId)
                .toList();
        experts.forEach(expert -> identity.deleteMembership(expert, "expert"));
        Response refused;
        try {
            refused = decide(COUNTY_WEIDU, county, "RECOMMEND", "予以推荐");
        } finally {
            experts.forEach(expert -> identity.createMembership(expert, "expert"));
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("NO_EXPERTS");
        assertThat(refused.text("detail")).contains("专家组", "没有专家");
        assertThat(taskOf(COUNTY_WEIDU, id, "user_county_recommendation")).isEqualTo(county);
        assertThat(application(enterprise, id).path("status").asText()).isEqualTo("COUNTY_RECOMMENDATION");
        assertThat(decide(COUNTY_WEIDU, county, "RECOMMEND", "予以推荐").status()).isEqualTo(204);
        assertThat(scoringCards(id)).hasSize(3).doesNotContainValue(null);
    }

    private Response take(String expert, String taskId) {
        return as(expert).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", expert));
    }

    private void recommendAndScore(String id) {
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, id, "user_county_recommendation"), "RECOMMEND", "");
        List<Map.Entry<String, String>> cards = List.copyOf(scoringCards(id).entrySet());
        for (int i = 0; i < cards.size(); i++) {
            assertThat(score(cards.get(i).getValue(), cards.get(i).getKey(), 70 + i)
                            .status())
                    .isEqualTo(204);
        }
    }

    static Map<String, Object> body(String category, String founder) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("title", "许昌返乡创业示范项目");
        body.put("founderIdNumber", founder);
        body.put("investment", 1_500_000);
        body.put("jobsCreated", 25);
        body.put("description", "返乡农民工创办的发制品加工项目");
        return body;
    }

    Response apply(String enterprise, String category, String founder) {
        return as(enterprise).post("/api/v1/startup-awards/applications", body(category, founder));
    }

    private JsonNode application(String enterprise, String id) {
        Response response = as(enterprise).get("/api/v1/startup-awards/applications/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private List<String> scoringTasks(String expert, String id) {
        Response tasks = as(expert)
                .get("/engine-rest/task?processInstanceBusinessKey=" + id + "&taskDefinitionKey=user_expert_scoring");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        return tasks.body().findValuesAsText("id");
    }

    private Response score(String expert, String taskId, int score) {
        return as(expert)
                .post(
                        "/engine-rest/task/" + taskId + "/complete",
                        Map.of(
                                "variables",
                                Map.of("score", Map.of("value", score), "comment", Map.of("value", "创新性较好"))));
    }

    private Response cityDecides(String taskId, String decision, Integer amount) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", Map.of("value", decision));
        variables.put("comment", Map.of("value", "经审定"));
        if (amount != null) {
            variables.put("amount", Map.of("value", amount));
        }
        return as(CITY).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }
}
