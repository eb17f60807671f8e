package cn.xuchang.hrss.subsidy.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The referral-subsidy contract of API.md, through real HTTP, from the agency's registration to payment. */
class ReferralClaimApiIT extends ApiIntegrationTest {

    private static final LocalDate STARTED = LocalDate.of(2025, 3, 1);

    @Test
    void shouldTakeAClaimThroughTheAgencysCountyAndTheCityToPayment() {
        String agency = agency(JIANAN);
        String employer = enterprise("LARGE", WEIDU);
        String person = placed(employer, STARTED);

        Response submitted = submit(agency, placement(person, employer, STARTED));

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.text("status")).isEqualTo("COUNTY_REVIEW");
        assertThat(submitted.body().path("totalAmount").asInt()).isEqualTo(300);
        JsonNode item = submitted.body().path("items").get(0);
        assertThat(item.path("idNumber").asText()).isEqualTo(person);
        assertThat(item.path("eligible").asBoolean()).isTrue();
        assertThat(item.path("amount").asInt()).isEqualTo(300);
        assertThat(reasons(item)).isEmpty();
        String claimId = submitted.text("id");

        assertThat(taskOf(COUNTY_WEIDU, claimId, "user_county_review")).isNull();
        assertThat(decide(COUNTY_JIANAN, taskOf(COUNTY_JIANAN, claimId, "user_county_review"), "APPROVE", "属实")
                        .status())
                .isEqualTo(204);
        assertThat(referral(agency, claimId).path("status").asText()).isEqualTo("CITY_REVIEW");
        assertThat(decide(CITY, taskOf(CITY, claimId, "user_city_review"), "APPROVE", "同意")
                        .status())
                .isEqualTo(204);
        assertThat(referral(agency, claimId).path("status").asText()).isEqualTo("PUBLIC_NOTICE");

        runJobs(submitted.text("processInstanceId"));

        assertThat(referral(agency, claimId).path("status").asText()).isEqualTo("PAID");
        assertThat(jdbc.queryForObject(
                        "SELECT amount FROM ledger_entry WHERE claim_id = ? AND scheme = 'REFERRAL'",
                        Integer.class,
                        claimId))
                .isEqualTo(300);
    }

    @Test
    void shouldPayAnAgencyOnlyForPlacementsStartedWhileItsLicenceWasValid() {
        String agency = TestData.creditCode(WEIDU);
        Map<String, String> account = Map.of("name", "未登记许可证的中介", "countyCode", WEIDU, "password", PASSWORD);
        assertThat(admin().put("/api/v1/agencies/" + agency, account).status()).isEqualTo(201);
        String employer = enterprise("SMALL", WEIDU);
        String first = placed(employer, STARTED);

        Response unlicensed = submit(agency, placement(first, employer, STARTED));

        assertThat(unlicensed.text("status")).isEqualTo("REJECTED");
        assertThat(reasons(unlicensed.body().path("items").get(0))).containsExactly("AGENCY_NOT_LICENSED");

        Response incomplete = admin().put(
                        "/api/v1/agencies/" + agency,
                        Map.of("name", "未登记许可证的中介", "countyCode", WEIDU, "licenceNo", "豫人服证字第1号"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.code()).isEqualTo("INVALID_LICENCE");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM agency WHERE credit_code = ? AND licence_no IS NULL",
                        Integer.class,
                        agency))
                .isEqualTo(1);

        Response licensed = admin().put(
                        "/api/v1/agencies/" + agency,
                        Map.of(
                                "name",
                                "未登记许可证的中介",
                                "countyCode",
                                WEIDU,
                                "licenceNo",
                                "豫人服证字第1号",
                                "licenceValidFrom",
                                STARTED.toString(),
                                "licenceValidUntil",
                                STARTED.plusYears(5).toString()));
        assertThat(licensed.status()).isEqualTo(200);
        assertThat(licensed.text("licenceNo")).isEqualTo("豫人服证字第1号");
        String second = placed(employer, STARTED);
        String third = placed(employer, STARTED.minusMonths(1));

        Response claim = submit(
                agency, placement(second, employer, STARTED), placement(third, employer, STARTED.minusMonths(1)));

        assertThat(reasons(claim.body().path("items").get(0))).isEmpty();
        assertThat(reasons(claim.body().path("items").get(1))).containsExactly("AGENCY_NOT_LICENSED");
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(300);
    }

    @Test
    void shouldListEveryReasonForEachIneligiblePlacement() {
        String agency = agency(WEIDU);
        String employer = enterprise("SMALL", WEIDU);
        String eligible = placed(employer, STARTED);
        String lateCertificate = certifiedPerson(STARTED.plusDays(1));
        contributions(lateCertificate, employer, YearMonth.from(STARTED), 6);
        String fiveMonths = certifiedPerson(STARTED.minusYears(1));
        contributions(fiveMonths, employer, YearMonth.from(STARTED), 5);
        String outsider = TestData.creditCode(WEIDU);
        String elsewhere = certifiedPerson(STARTED.minusYears(1));
        contributions(elsewhere, outsider, YearMonth.from(STARTED), 6);

        Response submitted = submit(
                agency,
                placement("411002199001010019", employer, STARTED),
                placement(TestData.idNumber(), employer, STARTED),
                placement(lateCertificate, employer, STARTED),
                placement(elsewhere, outsider, STARTED),
                placement(fiveMonths, employer, STARTED),
                placement(eligible, employer, STARTED),
                placement(eligible, employer, STARTED));

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        JsonNode items = submitted.body().path("items");
        assertThat(reasons(items.get(0))).containsExactly("INVALID_ID_NUMBER");
        assertThat(reasons(items.get(1))).containsExactly("PERSON_UNKNOWN", "EMPLOYMENT_UNDER_6_MONTHS");
        assertThat(reasons(items.get(2))).containsExactly("NO_CERTIFICATE");
        assertThat(reasons(items.get(3))).containsExactly("EMPLOYER_NOT_IN_CITY");
        assertThat(reasons(items.get(4))).containsExactly("EMPLOYMENT_UNDER_6_MONTHS");
        assertThat(reasons(items.get(5))).isEmpty();
        assertThat(reasons(items.get(6))).containsExactly("DUPLICATE_IN_CLAIM");
        assertThat(submitted.body().path("totalAmount").asInt()).isEqualTo(300);

        Response again = submit(agency(JIANAN), placement(eligible, employer, STARTED));
        assertThat(reasons(again.body().path("items").get(0))).containsExactly("ALREADY_CLAIMED");
        assertThat(again.text("status")).isEqualTo("REJECTED");
    }

    @Test
    void shouldMakeThePersonClaimableAgainWhenTheCountyRejects() {
        String agency = agency(WEIDU);
        String employer = enterprise("SMALL", WEIDU);
        String person = placed(employer, STARTED);
        String claimId = submit(agency, placement(person, employer, STARTED)).text("id");

        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "REJECT", "介绍关系不实");

        assertThat(referral(agency, claimId).path("status").asText()).isEqualTo("REJECTED");
        Response other = submit(agency(JIANAN), placement(person, employer, STARTED));
        assertThat(other.body().path("items").get(0).path("eligible").asBoolean())
                .isTrue();
    }

    @Test
    void shouldValidateACorrectedClaimAgainAndSendItBackToTheCounty() {
        String agency = agency(WEIDU);
        String employer = enterprise("SMALL", WEIDU);
        String person = placed(employer, STARTED);
        String claimId =
                submit(agency, placement(person, employer, STARTED.plusDays(1))).text("id");
        decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, claimId, "user_county_review"), "RETURN", "上岗日期有误");
        assertThat(referral(agency, claimId).path("status").asText()).isEqualTo("RETURNED");

        Response corrected = as(agency)
                .put(
                        "/api/v1/referral-subsidy/claims/" + claimId,
                        Map.of("placements", List.of(placement(person, employer, STARTED))));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.text("status")).isEqualTo("COUNTY_REVIEW");
        assertThat(corrected.body().path("items").get(0).path("startedOn").asText())
                .isEqualTo(STARTED.toString());
        Response twice = as(agency)
                .put(
                        "/api/v1/referral-subsidy/claims/" + claimId,
                        Map.of("placements", List.of(placement(person, employer, STARTED))));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("CLAIM_NOT_RETURNED");
    }

    @Test
    void shouldShowAnAgencyOnlyItsOwnClaims() {
        String agency = agency(WEIDU);
        String other = agency(WEIDU);
        String employer = enterprise("SMALL", WEIDU);
        String claimId = submit(agency, placement(placed(employer, STARTED), employer, STARTED))
                .text("id");

        assertThat(as(other).get("/api/v1/referral-subsidy/claims/" + claimId).status())
                .isEqualTo(404);
        assertThat(as(other).get("/api/v1/referral-subsidy/claims").body()).isEmpty();
        assertThat(as(agency).get("/api/v1/referral-subsidy/claims").body().findValuesAsText("id"))
                .containsExactly(claimId);
        assertThat(as(employer).get("/api/v1/referral-subsidy/claims").status()).isEqualTo(403);
    }

    @Test
    void shouldRegisterAgenciesForAdministratorsOnlyWithCheckedCodes() {
        String code = TestData.creditCode(WEIDU);
        Map<String, String> body = Map.of("name", "许昌人才服务有限公司", "countyCode", WEIDU, "password", PASSWORD);

        assertThat(as(CITY).put("/api/v1/agencies/" + code, body).status()).isEqualTo(403);
        Response badCode = admin().put("/api/v1/agencies/" + code.substring(0, 17) + "0", body);
        assertThat(badCode.status()).isEqualTo(400);
        Response badCounty = admin().put(
                        "/api/v1/agencies/" + code,
                        Map.of("name", "某机构", "countyCode", "999999", "password", PASSWORD));
        assertThat(badCounty.code()).isEqualTo("UNKNOWN_REGION");
        assertThat(admin().put("/api/v1/agencies/" + code, body).status()).isEqualTo(201);
        assertThat(admin().put("/api/v1/agencies/" + code, Map.of("name", "新名称", "countyCode", JIANAN))
                        .status())
                .isEqualTo(200);
        assertThat(identity.createUserQuery()
                        .userId(code)
                        .memberOfGroup("agency")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseMalformedClaims() {
        String agency = agency(WEIDU);

        assertThat(as(agency)
                        .post("/api/v1/referral-subsidy/claims", Map.of("placements", List.of()))
                        .status())
                .isEqualTo(400);
        Response future = submit(
                agency,
                placement(
                        TestData.idNumber(),
                        TestData.creditCode(WEIDU),
                        LocalDate.now().plusDays(3)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("INVALID_START_DATE");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", Integer.class, agency))
                .isZero();
    }

    private String placed(String employer, LocalDate startedOn) {
        String person = certifiedPerson(startedOn.minusMonths(2));
        contributions(person, employer, YearMonth.from(startedOn), 6);
        return person;
    }

    private static Map<String, String> placement(String idNumber, String employer, LocalDate startedOn) {
        return Map.of("idNumber", idNumber, "employerCreditCode", employer, "startedOn", startedOn.toString());
    }

    @SafeVarargs
    private Response submit(String agency, Map<String, String>... placements) {
        return as(agency)
                .post("/api/v1/referral-subsidy/claims", Map.of("placements", new ArrayList<>(List.of(placements))));
    }

    private JsonNode referral(String agency, String claimId) {
        Response response = as(agency).get("/api/v1/referral-subsidy/claims/" + claimId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
