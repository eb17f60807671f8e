package cn.xuchang.hrss.subsidy.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hiring-subsidy contract of API.md, through real HTTP, from registration to payment. */
class HiringClaimApiIT extends ApiIntegrationTest {

    private static final LocalDate FEB_2025 = LocalDate.of(2025, 2, 10);

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Test
    void shouldTakeAClaimFromSubmissionThroughBothReviewsAndTheNoticeToPayment() {
        String enterprise = enterprise("SMALL", WEIDU);
        String first = eligibleHire(enterprise, FEB_2025);
        String second = eligibleHire(enterprise, LocalDate.of(2025, 6, 1));

        Response submitted = submitHiring(enterprise, 2025, hires(first, FEB_2025, second, LocalDate.of(2025, 6, 1)));

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.text("status")).isEqualTo("COUNTY_REVIEW");
        assertThat(submitted.body().path("totalAmount").asInt()).isEqualTo(2000);
        assertThat(submitted.body().path("items")).hasSize(2);
        assertThat(submitted.body().path("items").get(0).path("eligible").asBoolean())
                .isTrue();
        assertThat(submitted.body().path("items").get(0).path("amount").asInt()).isEqualTo(1000);
        String claimId = submitted.text("id");
        String processInstanceId = submitted.text("processInstanceId");
        assertThat(quota(enterprise).path("reserved").asInt()).isEqualTo(2000);

        Response county = decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "APPROVE", "材料齐全");
        assertThat(county.status()).as(county.toString()).isEqualTo(204);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("CITY_REVIEW");
        Response city = decide(CITY, taskOf(CITY, claimId, "user_city_review"), "APPROVE", "同意拨付");
        assertThat(city.status()).as(city.toString()).isEqualTo(204);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("PUBLIC_NOTICE");
        assertThat(api.anonymous().get("/api/v1/public-notices").body().findValuesAsText("claimId"))
                .contains(claimId);

        runJobs(processInstanceId);

        JsonNode paid = claim(enterprise, claimId);
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(paid.path("history").findValuesAsText("decidedBy")).containsExactly(COUNTY_WEIDU, CITY);
        assertThat(quota(enterprise).path("paid").asInt()).isEqualTo(2000);
        assertThat(quota(enterprise).path("reserved").asInt()).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(amount) FROM ledger_entry WHERE claim_id = ?", Integer.class, claimId))
                .isEqualTo(2000);
        assertThat(as(enterprise).get("/api/v1/notifications").body().findValuesAsText("kind"))
                .contains("PAID");
    }

    @Test
    void shouldKeepANameWithACharacterOutsideTheBasicPlaneInTheClaimAndTheReviewersForm() {
        String enterprise = enterprise("SMALL", WEIDU);
        String person = TestData.idNumber();
        admin().put(
                        "/api/v1/persons/" + person,
                        Map.of(
                                "name",
                                "陈𠮷",
                                "certificates",
                                List.of(Map.of(
                                        "certificateNo", "G" + person,
                                        "kind", "SPECIAL_ABILITY",
                                        "occupation", "中式面点师",
                                        "issuedOn", "2024-05-01"))));
        contributions(person, enterprise, YearMonth.from(FEB_2025), 12);

        Response submitted = submitHiring(enterprise, 2025, hires(person, FEB_2025));

        assertThat(submitted.body().path("items").get(0).path("name").asText()).isEqualTo("陈𠮷");
        String taskId = taskOf(COUNTY_WEIDU, submitted.text("id"), "user_county_review");
        Response form = as(COUNTY_WEIDU).get("/engine-rest/task/" + taskId + "/form-variables");
        assertThat(form.body()
                        .path("claimItems")
                        .path("value")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("陈𠮷");
    }

    @Test
    void shouldListEveryReasonForEachIneligibleHire() {
        String enterprise = enterprise("MICRO", WEIDU);
        String certifiedAfterHire = certifiedPerson(FEB_2025.plusDays(1));
        contributions(certifiedAfterHire, enterprise, YearMonth.from(FEB_2025), 12);
        String elevenMonths = certifiedPerson(FEB_2025.minusYears(1));
        contributions(elevenMonths, enterprise, YearMonth.from(FEB_2025), 11);
        String hiredIn2024 = eligibleHire(enterprise, LocalDate.of(2024, 3, 1));
        String eligible = eligibleHire(enterprise, FEB_2025);
        String unknown = TestData.idNumber();

        Response response = submitHiring(
                enterprise,
                2025,
                hires(
                        "411002199001010011",
                        FEB_2025,
                        unknown,
                        FEB_2025,
                        certifiedAfterHire,
                        FEB_2025,
                        elevenMonths,
                        FEB_2025,
                        hiredIn2024,
                        LocalDate.of(2024, 3, 1),
                        eligible,
                        FEB_2025));
        String second = enterprise("SMALL", JIANAN);
        contributions(eligible, second, YearMonth.from(FEB_2025), 12);
        Response duplicate = submitHiring(second, 2025, hires(eligible, FEB_2025));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode items = response.body().path("items");
        assertThat(reasons(items.get(0))).containsExactly("INVALID_ID_NUMBER");
        assertThat(reasons(items.get(1))).contains("PERSON_UNKNOWN", "EMPLOYMENT_UNDER_12_MONTHS");
        assertThat(reasons(items.get(2))).containsExactly("NO_CERTIFICATE");
        assertThat(reasons(items.get(3))).containsExactly("EMPLOYMENT_UNDER_12_MONTHS");
        assertThat(reasons(items.get(4))).containsExactly("NOT_HIRED_IN_YEAR");
        assertThat(reasons(items.get(5))).isEmpty();
        assertThat(response.body().path("totalAmount").asInt()).isEqualTo(1000);
        assertThat(reasons(duplicate.body().path("items").get(0))).containsExactly("ALREADY_CLAIMED");
        assertThat(duplicate.text("status")).isEqualTo("REJECTED");
    }

    @Test
    void shouldGrantAPersonListedTwiceInOneClaimOnce() {
        String enterprise = enterprise("SMALL", WEIDU);
        String person = eligibleHire(enterprise, FEB_2025);

        Response response = as(enterprise)
                .post(
                        "/api/v1/hiring-subsidy/claims",
                        Map.of(
                                "year",
                                2025,
                                "hires",
                                List.of(
                                        Map.of("idNumber", person, "hiredOn", FEB_2025.toString()),
                                        Map.of("idNumber", person, "hiredOn", FEB_2025.toString()))));

        assertThat(reasons(response.body().path("items").get(1))).containsExactly("DUPLICATE_IN_CLAIM");
        assertThat(response.body().path("totalAmount").asInt()).isEqualTo(1000);
    }

    @Test
    void shouldEndAClaimWithoutAnEligibleHireAsRejectedAndReserveNothing() {
        String enterprise = enterprise("SMALL", WEIDU);

        Response response = submitHiring(enterprise, 2025, hires(TestData.idNumber(), FEB_2025));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("status")).isEqualTo("REJECTED");
        assertThat(quota(enterprise).path("reserved").asInt()).isZero();
    }

    @Test
    void shouldReleaseTheQuotaAndThePersonWhenTheCountyRejects() {
        String enterprise = enterprise("SMALL", WEIDU);
        String person = eligibleHire(enterprise, FEB_2025);
        String claimId = submitHiring(enterprise, 2025, hires(person, FEB_2025)).text("id");

        Response rejected =
                decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "REJECT", "劳动合同不实");

        assertThat(rejected.status()).isEqualTo(204);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("REJECTED");
        assertThat(quota(enterprise).path("reserved").asInt()).isZero();
        String other = enterprise("SMALL", JIANAN);
        contributions(person, other, YearMonth.from(FEB_2025), 12);
        Response again = submitHiring(other, 2025, hires(person, FEB_2025));
        assertThat(again.body().path("items").get(0).path("eligible").asBoolean())
                .isTrue();
    }

    @Test
    void shouldValidateACorrectedClaimAgainAndSendItBackToTheCounty() {
        String enterprise = enterprise("SMALL", WEIDU);
        String person = eligibleHire(enterprise, FEB_2025);
        String late = eligibleHire(enterprise, LocalDate.of(2025, 7, 1));
        String claimId = submitHiring(enterprise, 2025, hires(person, FEB_2025)).text("id");
        Response returned =
                decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "RETURN", "请补报7月入职人员");
        assertThat(returned.status()).isEqualTo(204);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("RETURNED");

        Response corrected = as(enterprise)
                .put(
                        "/api/v1/hiring-subsidy/claims/" + claimId,
                        Map.of(
                                "year",
                                2025,
                                "hires",
                                List.of(
                                        Map.of("idNumber", person, "hiredOn", FEB_2025.toString()),
                                        Map.of("idNumber", late, "hiredOn", "2025-07-01"))));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.text("status")).isEqualTo("COUNTY_REVIEW");
        assertThat(corrected.body().path("totalAmount").asInt()).isEqualTo(2000);
        assertThat(quota(enterprise).path("reserved").asInt()).isEqualTo(2000);
        assertThat(corrected.body().path("history").findValuesAsText("decision"))
                .containsExactly("RETURN", "RESUBMIT");
        // the county's form shows its own return and what the enterprise changed
        String again = taskOf(COUNTY_WEIDU, claimId, "user_county_review");
        Response changes =
                as(COUNTY_WEIDU).get("/engine-rest/task/" + again + "/variables/claimChanges?deserializeValue=false");
        Response trail =
                as(COUNTY_WEIDU).get("/engine-rest/task/" + again + "/variables/reviewTrail?deserializeValue=false");
        assertThat(changes.status()).as(changes.toString()).isEqualTo(200);
        assertThat(changes.text("value")).contains("\"change\":\"新增\"").contains(late);
        assertThat(changes.text("value")).doesNotContain(person);
        assertThat(trail.text("value")).contains("退回补正").contains("请补报7月入职人员");
        Response notReturned = as(enterprise)
                .put(
                        "/api/v1/hiring-subsidy/claims/" + claimId,
                        Map.of("year", 2025, "hires", List.of(Map.of("idNumber", person, "hiredOn", "2025-02-10"))));
        assertThat(notReturned.status()).isEqualTo(409);
        assertThat(notReturned.code()).isEqualTo("CLAIM_NOT_RETURNED");
    }

    @Test
    void shouldUseARedeployedDecisionTableForNewClaimsOnly() throws Exception {
        String enterprise = enterprise("MEDIUM", WEIDU);
        String before = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, FEB_2025), FEB_2025))
                .text("id");
        try {
            deployStandard("<text>1000</text>", "<text>1500</text>");
            String hire = eligibleHire(enterprise, FEB_2025);
            long evaluations = evaluationsOfTheStandard();

            Response after = submitHiring(enterprise, 2025, hires(hire, FEB_2025));

            assertThat(after.body().path("totalAmount").asInt()).isEqualTo(1500);
            assertThat(claim(enterprise, before).path("totalAmount").asInt()).isEqualTo(1000);
            // the table was evaluated once for the claim, by its process, and recorded with the claim's history
            assertThat(evaluationsOfTheStandard()).isEqualTo(evaluations + 1);
            assertThat(history.createHistoricDecisionInstanceQuery()
                            .processInstanceId(after.text("processInstanceId"))
                            .count())
                    .isEqualTo(1);
        } finally {
            deployStandard("<text>1500</text>", "<text>1000</text>");
        }
    }

    @Test
    void shouldValidateACorrectionWithTheVersionTheClaimRecordedAndNameTheQuotasVersion() throws Exception {
        String enterprise = enterprise("MEDIUM", WEIDU);
        String person = eligibleHire(enterprise, FEB_2025);
        String claimId = submitHiring(enterprise, 2025, hires(person, FEB_2025)).text("id");
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "RETURN", "请补充劳动合同");
        int versionBefore = quota(enterprise).path("standard").path("version").asInt();
        try {
            deployStandard("<text>1000</text>", "<text>1500</text>");

            Response corrected = as(enterprise)
                    .put(
                            "/api/v1/hiring-subsidy/claims/" + claimId,
                            Map.of(
                                    "year",
                                    2025,
                                    "hires",
                                    List.of(Map.of("idNumber", person, "hiredOn", "2025-02-10"))));

            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            assertThat(corrected.body().path("totalAmount").asInt()).isEqualTo(1000);
            JsonNode quota = quota(enterprise);
            assertThat(quota.path("standard").path("decisionKey").asText()).isEqualTo("hiring-subsidy-standard");
            assertThat(quota.path("standard").path("version").asInt()).isGreaterThan(versionBefore);
            assertThat(quota.path("standard").path("label").asText()).contains("第");
        } finally {
            deployStandard("<text>1500</text>", "<text>1000</text>");
        }
    }

    @Test
    void shouldShowAnEnterpriseOnlyItsOwnClaims() {
        String mine = enterprise("SMALL", WEIDU);
        String theirs = enterprise("SMALL", WEIDU);
        String claimId = submitHiring(mine, 2025, hires(eligibleHire(mine, FEB_2025), FEB_2025))
                .text("id");

        Response foreign = as(theirs).get("/api/v1/hiring-subsidy/claims/" + claimId);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("CLAIM_NOT_FOUND");
        assertThat(as(theirs).get("/api/v1/hiring-subsidy/claims").body()).isEmpty();
        assertThat(as(mine).get("/api/v1/hiring-subsidy/claims").body().findValuesAsText("id"))
                .containsExactly(claimId);
        Response foreignQuota = as(theirs).get("/api/v1/enterprises/" + mine + "/quota");
        assertThat(foreignQuota.status()).isEqualTo(404);
        assertThat(foreignQuota.code()).isEqualTo("ENTERPRISE_NOT_FOUND");
        assertThat(foreignQuota.body().has("reserved")).isFalse();
        assertThat(as(CITY).get("/api/v1/enterprises/" + mine + "/quota").status())
                .isEqualTo(200);
        assertThat(as(theirs)
                        .get("/engine-rest/task?processInstanceBusinessKey=" + claimId)
                        .code())
                .isEqualTo("ENGINE_API_FORBIDDEN");
    }

    @Test
    void shouldHideACountysTasksFromAnotherCountyAndRefuseItsCompletion() {
        String enterprise = enterprise("SMALL", WEIDU);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, FEB_2025), FEB_2025))
                .text("id");
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");

        assertThat(taskOf(COUNTY_JIANAN, claimId, "user_county_review")).isNull();
        assertThat(taskOf(CITY, claimId, "user_county_review")).isNull();
        Response foreign = decide(COUNTY_JIANAN, taskId, "APPROVE", "");

        assertThat(foreign.status()).isIn(403, 404);
        assertThat(claim(enterprise, claimId).path("status").asText()).isEqualTo("COUNTY_REVIEW");
        assertThat(taskOf(COUNTY_WEIDU, claimId, "user_county_review")).isEqualTo(taskId);
    }

    @Test
    void shouldRefuseADecisionTheTaskDoesNotAllowAndKeepTheTaskOpen() {
        String enterprise = enterprise("SMALL", WEIDU);
        String claimId = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, FEB_2025), FEB_2025))
                .text("id");
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");

        Response unknown = decide(COUNTY_WEIDU, taskId, "MAYBE", "");
        Response noReason = decide(COUNTY_WEIDU, taskId, "REJECT", " ");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("INVALID_DECISION");
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(taskOf(COUNTY_WEIDU, claimId, "user_county_review")).isEqualTo(taskId);
    }

    @Test
    void shouldStoreNothingForALargeEnterprise() {
        String large = enterprise("LARGE", WEIDU);

        Response response = submitHiring(large, 2025, hires(eligibleHire(large, FEB_2025), FEB_2025));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("ENTERPRISE_NOT_SME");
        assertThat(response.text("title")).isEqualTo("不符合政策规定");
        assertThat(as(large).get("/api/v1/hiring-subsidy/claims").body()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", Integer.class, large))
                .isZero();
    }

    @Test
    void shouldListEachOwnClaimWithItsOwnLinesAndDecisions() {
        String enterprise = enterprise("SMALL", WEIDU);
        String first = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, FEB_2025), FEB_2025))
                .text("id");
        String a = eligibleHire(enterprise, FEB_2025);
        String b = eligibleHire(enterprise, FEB_2025);
        String second =
                submitHiring(enterprise, 2025, hires(a, FEB_2025, b, FEB_2025)).text("id");
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, first, HiringSubsidyProcess.USER_COUNTY_REVIEW), "APPROVE", "材料齐全");

        JsonNode list = as(enterprise).get("/api/v1/hiring-subsidy/claims").body();

        Map<String, JsonNode> byId = new java.util.HashMap<>();
        list.forEach(claim -> byId.put(claim.path("id").asText(), claim));
        assertThat(byId).containsOnlyKeys(first, second);
        assertThat(byId.get(first).path("items")).hasSize(1);
        assertThat(byId.get(second).path("items").findValuesAsText("idNumber")).containsExactly(a, b);
        assertThat(byId.get(first).path("history")).hasSize(1);
        assertThat(byId.get(second).path("history")).isEmpty();
        assertThat(byId.get(first).path("status").asText()).isEqualTo("CITY_REVIEW");
    }

    @Test
    void shouldAcceptOnlyThePlansYearsUpToTheCurrentOne() {
        String enterprise = enterprise("SMALL", WEIDU);

        Response beforeThePlan = submitHiring(enterprise, 2020, hires(TestData.idNumber(), LocalDate.of(2020, 3, 1)));
        assertThat(beforeThePlan.code()).isEqualTo("INVALID_YEAR");
        assertThat(beforeThePlan.text("detail")).contains("2021");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", Integer.class, enterprise))
                .isZero();
        assertThat(submitHiring(enterprise, 2021, hires(TestData.idNumber(), LocalDate.of(2021, 3, 1)))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void shouldRefuseMalformedClaims() {
        String enterprise = enterprise("SMALL", WEIDU);

        assertThat(submitHiring(enterprise, 1999, hires(TestData.idNumber(), FEB_2025))
                        .code())
                .isEqualTo("INVALID_YEAR");
        assertThat(submitHiring(enterprise, LocalDate.now().getYear() + 1, hires(TestData.idNumber(), FEB_2025))
                        .code())
                .isEqualTo("INVALID_YEAR");
        assertThat(submitHiring(enterprise, 2025, hires()).code()).isEqualTo("INVALID_REQUEST");
        assertThat(submitHiring(
                                enterprise,
                                2025,
                                hires(TestData.idNumber(), LocalDate.now().plusDays(3)))
                        .code())
                .isEqualTo("INVALID_HIRE_DATE");
        Response badDate = as(enterprise)
                .postRaw(
                        "/api/v1/hiring-subsidy/claims",
                        "{\"year\": 2025, \"hires\": [{\"idNumber\": \"x\", \"hiredOn\": \"2025-13-40\"}]}");
        assertThat(badDate.status()).isEqualTo(400);
        Response notJson = as(enterprise).postRaw("/api/v1/hiring-subsidy/claims", "{year: ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(as(enterprise).get("/api/v1/hiring-subsidy/claims").body()).isEmpty();
    }

    @Test
    void shouldAnswerEveryRefusalAsProblemJsonWithAStableCode() {
        String enterprise = enterprise("SMALL", WEIDU);

        Response anonymous = api.anonymous().get("/api/v1/hiring-subsidy/claims");
        Response enterpriseRegisters = as(enterprise)
                .put(
                        "/api/v1/enterprises/" + TestData.creditCode(WEIDU),
                        Map.of("name", "某企业", "scale", "SMALL", "countyCode", WEIDU, "password", PASSWORD));
        Response reviewerClaims =
                as(CITY).post("/api/v1/hiring-subsidy/claims", Map.of("year", 2025, "hires", List.of()));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(enterpriseRegisters.status()).isEqualTo(403);
        assertThat(enterpriseRegisters.code()).isEqualTo("FORBIDDEN");
        assertThat(reviewerClaims.status()).isEqualTo(403);
        // last: after a failed login the engine makes the user wait before the next attempt (brute-force delay)
        Response wrongPassword = api.as(enterprise, "wrong-password").get("/api/v1/hiring-subsidy/claims");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo("UNAUTHENTICATED");
    }

    private JsonNode quota(String enterprise) {
        Response response = as(enterprise).get("/api/v1/enterprises/" + enterprise + "/quota");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private long evaluationsOfTheStandard() {
        return history.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(HiringSubsidyProcess.DECISION_KEY)
                .count();
    }

    private void deployStandard(String from, String to) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/bpmn/hiring-subsidy-standard.dmn")) {
            String dmn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String changed = from.equals("<text>1000</text>") ? dmn.replace(from, to) : dmn;
            repository
                    .createDeployment()
                    .name("it-standard")
                    .addString("hiring-subsidy-standard.dmn", changed)
                    .deploy();
        }
    }
}
