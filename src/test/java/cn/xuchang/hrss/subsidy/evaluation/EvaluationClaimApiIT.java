package cn.xuchang.hrss.subsidy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract of API.md "Evaluation subsidy" over real HTTP. */
class EvaluationClaimApiIT extends InstitutionIntegrationTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 6, 30);

    @Test
    void shouldPayTheSeedAmountsAfterCityReviewAndPublicNotice() {
        String institution = institution();
        listingSince(institution, "电工", "INTERMEDIATE", "2023-01-01", null);
        listingSince(institution, "茶艺师", null, "2023-01-01", null);
        String intermediate = certificate(institution, "电工", "INTERMEDIATE", ISSUED);
        String special = certificate(institution, "茶艺师", null, ISSUED);

        Response claim = claimEvaluation(institution, intermediate, special);

        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.text("status")).isEqualTo("CITY_REVIEW");
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(340);
        JsonNode items = claim.body().path("items");
        assertThat(items.get(0).path("certificateNo").asText()).isEqualTo(intermediate);
        assertThat(items.get(0).path("eligible").asBoolean()).isTrue();
        assertThat(items.get(0).path("amount").asInt()).isEqualTo(240);
        assertThat(items.get(0).path("reasons").size()).isZero();
        assertThat(items.get(1).path("amount").asInt()).isEqualTo(100);

        String id = claim.text("id");
        assertThat(decide(CITY, taskOf(CITY, id, "user_city_review"), "APPROVE", "核验无误")
                        .status())
                .isEqualTo(204);
        assertThat(own(institution, id).path("status").asText()).isEqualTo("PUBLIC_NOTICE");
        runJobs(claim.text("processInstanceId"));

        assertThat(own(institution, id).path("status").asText()).isEqualTo("PAID");
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM ledger_entry WHERE claim_id = ?", Integer.class, id))
                .isEqualTo(340);
    }

    @Test
    void shouldGiveEachIneligibleCertificateItsReasons() {
        String institution = institution();
        String other = institution();
        listingSince(institution, "电工", "JUNIOR", "2024-01-01", null);
        listingSince(institution, "电工", "CHIEF_TECHNICIAN", "2023-01-01", null);
        String good = certificate(institution, "电工", "JUNIOR", ISSUED);
        String beforeListing = certificate(institution, "电工", "JUNIOR", LocalDate.of(2023, 12, 31));
        String notListedLevel = certificate(institution, "电工", "SENIOR", ISSUED);
        String othersCertificate = certificate(other, "电工", "JUNIOR", ISSUED);
        String chief = certificate(institution, "电工", "CHIEF_TECHNICIAN", ISSUED);

        Response claim = claimEvaluation(
                institution, good, "NO-SUCH-CERT", beforeListing, notListedLevel, othersCertificate, chief, good);

        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        JsonNode items = claim.body().path("items");
        assertThat(reasons(items.get(0))).isEmpty();
        assertThat(reasons(items.get(1))).containsExactly("CERTIFICATE_UNKNOWN");
        assertThat(reasons(items.get(2))).containsExactly("INSTITUTION_NOT_LISTED");
        assertThat(reasons(items.get(3))).containsExactly("INSTITUTION_NOT_LISTED");
        assertThat(reasons(items.get(4))).containsExactly("NOT_ISSUED_BY_INSTITUTION");
        assertThat(reasons(items.get(5))).containsExactly("NO_SUBSIDY_STANDARD");
        assertThat(items.get(5).path("amount").asInt()).isZero();
        assertThat(reasons(items.get(6))).containsExactly("DUPLICATE_IN_CLAIM");
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(200);
    }

    @Test
    void shouldRouteALevelWithoutAStandardToTheReviewerAndNeverPayIt() {
        String institution = institution();
        listingSince(institution, "电工", "APPRENTICE", "2023-01-01", null);
        String apprentice = certificate(institution, "电工", "APPRENTICE", ISSUED);

        Response claim = claimEvaluation(institution, apprentice);

        assertThat(claim.text("status")).isEqualTo("CITY_REVIEW");
        assertThat(claim.body().path("totalAmount").asInt()).isZero();
        String task = taskOf(CITY, claim.text("id"), "user_city_review");
        JsonNode shown = as(CITY).get("/engine-rest/task/" + task + "/variables/claimItems")
                .body();
        assertThat(shown.toString()).contains("该等级无补贴标准");
        decide(CITY, task, "APPROVE", "");
        assertThat(own(institution, claim.text("id")).path("status").asText()).isEqualTo("REJECTED");
        assertThat(rows("SELECT COUNT(*) FROM ledger_entry WHERE claim_id = ?", claim.text("id")))
                .isZero();
    }

    @Test
    void shouldSayInTheHistoryAndTheMessageThatAnApprovedClaimWithoutAStandardWasClosedUnpaid() {
        String institution = institution();
        listingSince(institution, "电工", "PRINCIPAL_TECHNICIAN", "2023-01-01", null);
        String principal = certificate(institution, "电工", "PRINCIPAL_TECHNICIAN", ISSUED);
        Response claim = claimEvaluation(institution, principal);
        String task = taskOf(CITY, claim.text("id"), "user_city_review");

        decide(CITY, task, "APPROVE", "");

        JsonNode own = own(institution, claim.text("id"));
        JsonNode last = own.path("history").get(own.path("history").size() - 1);
        assertThat(last.path("step").asText()).isEqualTo("service_record_nothing_payable");
        assertThat(last.path("decision").asText()).isEqualTo("NOTHING_PAYABLE");
        assertThat(last.path("comment").asText()).contains("没有补贴标准", "未拨付");
        JsonNode messages = as(institution).get("/api/v1/notifications").body();
        assertThat(messages.toString()).contains("已审核通过，但所列证书等级没有补贴标准").doesNotContain("未通过");
        assertThat(rows("SELECT COUNT(*) FROM ledger_entry WHERE claim_id = ?", claim.text("id")))
                .isZero();
    }

    @Test
    void shouldPayAPersonOccupationAndLevelOnceWhoeverClaims() {
        String first = institution();
        String second = institution();
        listingSince(first, "焊工", "SENIOR", "2023-01-01", null);
        listingSince(second, "焊工", "SENIOR", "2023-01-01", null);
        String person = TestData.idNumber();
        certificateOf(person, "Q" + person, "QUALIFICATION", first, "焊工", "SENIOR", ISSUED);
        certificateOf(person, "S" + person, "SKILL_LEVEL", second, "焊工", "SENIOR", ISSUED.plusDays(10));

        Response granted = claimEvaluation(first, "Q" + person);
        Response refused = claimEvaluation(second, "S" + person);

        assertThat(granted.body().path("items").get(0).path("eligible").asBoolean())
                .isTrue();
        assertThat(reasons(refused.body().path("items").get(0))).containsExactly("ALREADY_PAID");
        assertThat(refused.text("status")).isEqualTo("REJECTED");

        decide(CITY, taskOf(CITY, granted.text("id"), "user_city_review"), "REJECT", "考核记录缺失");
        Response again = claimEvaluation(second, "S" + person);
        assertThat(again.body().path("items").get(0).path("eligible").asBoolean())
                .isTrue();
    }

    @Test
    void shouldRefuseAnExitedInstitutionAndStoreNothing() {
        String institution = institution();
        listingSince(institution, "电工", "JUNIOR", "2023-01-01", null);
        String certificate = certificate(institution, "电工", "JUNIOR", ISSUED);
        Response exit = as(CITY).post(
                        "/api/v1/institution-exits",
                        Map.of("institutionCreditCode", institution, "trigger", "INSPECTION", "description", "检查发现违规"));
        decide(CITY, taskOf(CITY, exit.text("id"), "user_exit_investigation"), "EXIT", "违规评价");

        Response refused = claimEvaluation(institution, certificate);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("INSTITUTION_EXITED");
        assertThat(rows("SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", institution))
                .isZero();
    }

    @Test
    void shouldRefuseBadInputAndWrongRolesAndStoreNothing() {
        String institution = institution();
        String training = institution("TRAINING");
        String enterprise = enterprise("SMALL", WEIDU);

        Response empty = claimEvaluation(institution);
        Response malformed = as(institution).postRaw("/api/v1/evaluation-subsidy/claims", "{\"certificateNos\": 5");
        Response tooLong = claimEvaluation(institution, "X".repeat(65));
        Response blank = claimEvaluation(institution, " ");
        Response notEvaluation = claimEvaluation(training, "S1");
        Response wrongRole = claimEvaluation(enterprise, "S1");
        Response anonymous =
                api.anonymous().post("/api/v1/evaluation-subsidy/claims", Map.of("certificateNos", List.of("S1")));

        assertThat(List.of(empty, malformed, tooLong, blank))
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(400));
        assertThat(notEvaluation.status()).isEqualTo(422);
        assertThat(notEvaluation.code()).isEqualTo("NOT_EVALUATION_INSTITUTION");
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(rows("SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id IN (?, ?)", institution, training))
                .isZero();
    }

    @Test
    void shouldPayOnePersonOccupationAndLevelOnceWhateverSpellingTheCertificatesUse() {
        String first = institution();
        String second = institution();
        listingSince(first, "电工", "INTERMEDIATE", "2023-01-01", null);
        listingSince(second, "6-31-01-03", "INTERMEDIATE", "2023-01-01", null);
        String person = TestData.idNumber();
        certificateOf(person, "N" + person, "SKILL_LEVEL", first, "电工", "INTERMEDIATE", ISSUED);
        certificateOf(person, "C" + person, "SKILL_LEVEL", second, "6-31-01-03", "INTERMEDIATE", ISSUED);

        Response byName = claimEvaluation(first, "N" + person);
        Response byCode = claimEvaluation(second, "C" + person);

        assertThat(byName.body().path("items").get(0).path("eligible").asBoolean())
                .as(byName.toString())
                .isTrue();
        JsonNode refused = byCode.body().path("items").get(0);
        assertThat(refused.path("eligible").asBoolean()).as(byCode.toString()).isFalse();
        assertThat(reasons(refused)).containsExactly("ALREADY_PAID");
        assertThat(jdbc.queryForList(
                        "SELECT subject_key FROM subsidy_grant WHERE scheme = 'EVALUATION' AND beneficiary_id = ?",
                        String.class,
                        first))
                .containsExactly(person + "|6-31-01-03|INTERMEDIATE");
    }

    @Test
    void shouldNotCountACertificateOfATrainingInstitutionAsEvaluated() {
        String training = listedInstitutionOfKind("TRAINING", occupation("电工", "JUNIOR"));
        String evaluation = institution();
        listingSince(evaluation, "电工", "JUNIOR", "2023-01-01", null);
        String trained = certificate(training, "电工", "JUNIOR", LocalDate.now());

        Response byTraining = claimEvaluation(training, trained);
        Response byEvaluation = claimEvaluation(evaluation, trained);

        assertThat(byTraining.status()).isEqualTo(422);
        assertThat(byTraining.code()).isEqualTo("NOT_EVALUATION_INSTITUTION");
        assertThat(reasons(byEvaluation.body().path("items").get(0))).contains("NOT_ISSUED_BY_INSTITUTION");
        assertThat(rows("SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", training))
                .isZero();
    }

    @Test
    void shouldShowAnInstitutionOnlyItsOwnClaims() {
        String mine = institution();
        String theirs = institution();
        listingSince(mine, "电工", "JUNIOR", "2023-01-01", null);
        String id =
                claimEvaluation(mine, certificate(mine, "电工", "JUNIOR", ISSUED)).text("id");

        Response foreign = as(theirs).get("/api/v1/evaluation-subsidy/claims/" + id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("CLAIM_NOT_FOUND");
        assertThat(foreign.body().has("items")).isFalse();
        assertThat(as(theirs).get("/api/v1/evaluation-subsidy/claims").body().size())
                .isZero();
        assertThat(as(mine).get("/api/v1/evaluation-subsidy/claims").body().size())
                .isEqualTo(1);
        Response foreignCorrection =
                as(theirs).put("/api/v1/evaluation-subsidy/claims/" + id, Map.of("certificateNos", List.of("S1")));
        assertThat(foreignCorrection.status()).isEqualTo(404);
        assertThat(foreignCorrection.code()).isEqualTo("CLAIM_NOT_FOUND");
    }

    @Test
    void shouldValidateACorrectedClaimAgainAfterAReturn() {
        String institution = institution();
        listingSince(institution, "电工", "JUNIOR", "2023-01-01", null);
        String first = certificate(institution, "电工", "JUNIOR", ISSUED);
        String second = certificate(institution, "电工", "JUNIOR", ISSUED);
        String id = claimEvaluation(institution, first).text("id");
        Map<String, Object> corrected = Map.of("certificateNos", List.of(first, second));
        assertThat(as(institution)
                        .put("/api/v1/evaluation-subsidy/claims/" + id, corrected)
                        .code())
                .isEqualTo("CLAIM_NOT_RETURNED");

        decide(CITY, taskOf(CITY, id, "user_city_review"), "RETURN", "请补充第二张证书");
        Response resubmitted = as(institution).put("/api/v1/evaluation-subsidy/claims/" + id, corrected);

        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        assertThat(resubmitted.text("status")).isEqualTo("CITY_REVIEW");
        assertThat(resubmitted.body().path("totalAmount").asInt()).isEqualTo(400);
    }

    private JsonNode own(String institution, String id) {
        Response response = as(institution).get("/api/v1/evaluation-subsidy/claims/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
