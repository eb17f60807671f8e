package cn.xuchang.hrss.subsidy.institution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The contract of API.md "Institutions: filing, catalogue" over real HTTP. */
class InstitutionFilingApiIT extends InstitutionIntegrationTest {

    @Autowired
    RuntimeService runtime;

    @Test
    void shouldCreateAnInstitutionAccountThatLogsInToTheInstitutionGroup() {
        String institution = institution();

        assertThat(identity.createUserQuery()
                        .userId(institution)
                        .memberOfGroup("institution")
                        .count())
                .isEqualTo(1);
        Response again = admin().put(
                        "/api/v1/institutions/" + institution,
                        Map.of("name", "改名后的机构", "kind", "EVALUATION", "countyCode", WEIDU));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.text("status")).isEqualTo("REGISTERED");
        assertThat(as(institution).get("/api/v1/institution-filings").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseABadInstitutionAccountAndStoreNothing() {
        Map<String, Object> body =
                Map.of("name", "某机构", "kind", "EVALUATION", "countyCode", WEIDU, "password", PASSWORD);
        String bad = "12411000MB0000001X";
        assertThat(admin().put("/api/v1/institutions/" + bad, body).code()).isEqualTo("INVALID_CREDIT_CODE");
        String code = TestData.creditCode(WEIDU);
        Response unknownCounty = admin().put(
                        "/api/v1/institutions/" + code,
                        Map.of("name", "某机构", "kind", "EVALUATION", "countyCode", "999999", "password", PASSWORD));
        assertThat(unknownCounty.status()).isEqualTo(400);
        assertThat(unknownCounty.code()).isEqualTo("UNKNOWN_REGION");
        Response badKind = admin().put(
                        "/api/v1/institutions/" + code,
                        Map.of("name", "某机构", "kind", "SCHOOL", "countyCode", WEIDU, "password", PASSWORD));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(as(CITY).put("/api/v1/institutions/" + code, body).status()).isEqualTo(403);
        assertThat(api.anonymous().put("/api/v1/institutions/" + code, body).status())
                .isEqualTo(401);
        assertThat(rows("SELECT COUNT(*) FROM institution WHERE credit_code = ?", code))
                .isZero();
    }

    @Test
    void shouldListTheInstitutionForExactlyWhatItFiledWhenTheCityApproves() {
        String institution = institution();

        Response filing =
                file(institution, occupation("电工", "JUNIOR", "INTERMEDIATE"), occupation("茶艺师", "SPECIAL_ABILITY"));
        assertThat(filing.status()).as(filing.toString()).isEqualTo(201);
        assertThat(filing.text("status")).isEqualTo("CITY_REVIEW");
        assertThat(filing.text("processInstanceId")).isNotBlank();
        assertThat(catalogueEntry(institution)).isNull();

        String task = taskOf(CITY, filing.text("id"), "user_filing_review");
        assertThat(decide(CITY, task, "APPROVE", "材料齐全").status()).isEqualTo(204);

        JsonNode stored = as(institution)
                .get("/api/v1/institution-filings/" + filing.text("id"))
                .body();
        assertThat(stored.path("status").asText()).isEqualTo("LISTED");
        JsonNode entry = catalogueEntry(institution);
        assertThat(entry).isNotNull();
        assertThat(levels(entry, "电工")).containsExactly("JUNIOR", "INTERMEDIATE");
        assertThat(levels(entry, "茶艺师")).containsExactly("SPECIAL_ABILITY");
        assertThat(entry.path("occupations").size()).isEqualTo(2);
        assertThat(entry.path("occupations").get(0).path("listedFrom").get(0).asText())
                .isEqualTo(LocalDate.now().toString());
        assertThat(api.anonymous().get("/api/v1/catalogue/announcements").body().toString())
                .contains(institution);
    }

    @Test
    void shouldRefuseAnIncompleteFilingWithBadRequestAndStoreNothing() {
        String institution = institution();

        Response none = as(institution).post("/api/v1/institution-filings", Map.of("occupations", List.of()));
        Response noLevel = file(institution, occupation("电工"));
        Response badLevel = file(institution, occupation("电工", "MASTER"));
        Response duplicate = file(institution, occupation("电工", "JUNIOR"), occupation("电工", "JUNIOR"));
        Response malformed = as(institution).postRaw("/api/v1/institution-filings", "{\"occupations\": [");

        assertThat(List.of(none, noLevel, badLevel, duplicate, malformed))
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(400));
        assertThat(badLevel.code()).isEqualTo("INVALID_LEVEL");
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_IN_FILING");
        assertThat(none.contentType()).contains("application/problem+json");
        assertThat(rows("SELECT COUNT(*) FROM institution_filing WHERE institution_credit_code = ?", institution))
                .isZero();
    }

    @Test
    void shouldListATrainingInstitutionOnTheTrainingCatalogueOnly() {
        String training = institution("TRAINING");

        Response filing =
                file(training, occupation("养老护理员", "JUNIOR", "INTERMEDIATE"), occupation("6-31-01-03", "JUNIOR"));
        assertThat(filing.status()).as(filing.toString()).isEqualTo(201);
        String task = taskOf(CITY, filing.text("id"), "user_filing_review");
        assertThat(runtime.getVariable(filing.text("processInstanceId"), "institutionKind"))
                .isEqualTo("培训机构");
        assertThat(decide(CITY, task, "APPROVE", "材料齐全").status()).isEqualTo(204);

        JsonNode entry = catalogueEntry(training, "?kind=TRAINING");
        assertThat(entry).isNotNull();
        assertThat(entry.path("kind").asText()).isEqualTo("TRAINING");
        assertThat(levels(entry, "养老护理员")).containsExactly("JUNIOR", "INTERMEDIATE");
        assertThat(levels(entry, "电工")).containsExactly("JUNIOR");
        assertThat(entry.path("occupations").findValuesAsText("occupationCode"))
                .containsExactlyInAnyOrder("4-10-01-05", "6-31-01-03");
        assertThat(catalogueEntry(training, "")).isNull();
        assertThat(catalogueEntry(training, "?kind=EVALUATION")).isNull();
        assertThat(api.anonymous().get("/api/v1/catalogue/announcements").body().toString())
                .contains(training, "培训机构目录");
    }

    @Test
    void shouldKeepTheKindOfAnInstitutionThatWasListed() {
        String training = listedInstitutionOfKind("TRAINING", occupation("电工", "JUNIOR"));
        String registered = institution("TRAINING");

        Response change = admin().put(
                        "/api/v1/institutions/" + training,
                        Map.of("name", "改为评价机构", "kind", "EVALUATION", "countyCode", WEIDU));
        Response beforeListing = admin().put(
                        "/api/v1/institutions/" + registered,
                        Map.of("name", "尚未备案的机构", "kind", "EVALUATION", "countyCode", WEIDU));

        assertThat(change.status()).isEqualTo(409);
        assertThat(change.code()).isEqualTo("INSTITUTION_KIND_FIXED");
        assertThat(jdbc.queryForObject("SELECT kind FROM institution WHERE credit_code = ?", String.class, training))
                .isEqualTo("TRAINING");
        assertThat(jdbc.queryForObject("SELECT name FROM institution WHERE credit_code = ?", String.class, training))
                .doesNotContain("改为");
        assertThat(beforeListing.status()).as(beforeListing.toString()).isEqualTo(200);
        assertThat(beforeListing.text("kind")).isEqualTo("EVALUATION");
    }

    @Test
    void shouldRefuseAnUnknownCatalogueKind() {
        Response unknown = api.anonymous().get("/api/v1/catalogue?kind=SCHOOL");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_INSTITUTION_KIND");
        assertThat(unknown.contentType()).contains("application/problem+json");
    }

    @Test
    void shouldStoreFiledOccupationsAsCodesAndRefuseAnUnknownOne() {
        String institution = institution();

        Response unknown = file(institution, occupation("电工", "JUNIOR"), occupation("钧瓷烧制工", "JUNIOR"));
        Response twoSpellings = file(institution, occupation("电工", "JUNIOR"), occupation("维修电工", "JUNIOR"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_OCCUPATION");
        assertThat(twoSpellings.code()).isEqualTo("DUPLICATE_IN_FILING");
        assertThat(rows("SELECT COUNT(*) FROM institution_filing WHERE institution_credit_code = ?", institution))
                .isZero();

        Response filed = file(institution, occupation(" 焊工", "JUNIOR"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "SELECT occupation FROM institution_filing_item WHERE filing_id = ?",
                        String.class,
                        filed.text("id")))
                .isEqualTo("6-18-02-04");
        JsonNode line = filed.body().path("occupations").get(0);
        assertThat(line.path("occupation").asText()).isEqualTo("焊工");
        assertThat(line.path("occupationCode").asText()).isEqualTo("6-18-02-04");
    }

    @Test
    void shouldLetOnlyInstitutionsFile() {
        String enterprise = enterprise("SMALL", WEIDU);

        assertThat(file(enterprise, occupation("电工", "JUNIOR")).status()).isEqualTo(403);
        assertThat(api.anonymous()
                        .post("/api/v1/institution-filings", Map.of("occupations", List.of()))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void shouldShowAnInstitutionOnlyItsOwnFilings() {
        String mine = institution();
        String theirs = institution();
        String id = file(mine, occupation("焊工", "SENIOR")).text("id");

        assertThat(as(theirs).get("/api/v1/institution-filings/" + id).status()).isEqualTo(404);
        assertThat(as(theirs).get("/api/v1/institution-filings/" + id).code()).isEqualTo("FILING_NOT_FOUND");
        assertThat(as(theirs).get("/api/v1/institution-filings").body().size()).isZero();
        assertThat(as(mine).get("/api/v1/institution-filings").body().size()).isEqualTo(1);
        Response foreignCorrection = as(theirs)
                .put("/api/v1/institution-filings/" + id, Map.of("occupations", List.of(occupation("焊工", "JUNIOR"))));
        assertThat(foreignCorrection.status()).isEqualTo(404);
        assertThat(foreignCorrection.code()).isEqualTo("FILING_NOT_FOUND");
    }

    @Test
    void shouldTakeACorrectedFilingBackToTheReviewAfterAReturn() {
        String institution = institution();
        String id = file(institution, occupation("车工", "JUNIOR")).text("id");
        Map<String, Object> corrected = Map.of("occupations", List.of(occupation("车工", "JUNIOR", "SENIOR")));
        assertThat(as(institution)
                        .put("/api/v1/institution-filings/" + id, corrected)
                        .code())
                .isEqualTo("FILING_NOT_RETURNED");

        decide(CITY, taskOf(CITY, id, "user_filing_review"), "RETURN", "请补充高级工考评能力");
        assertThat(as(institution)
                        .get("/api/v1/institution-filings/" + id)
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("RETURNED");
        Response unknown = as(institution)
                .put(
                        "/api/v1/institution-filings/" + id,
                        Map.of("occupations", List.of(occupation("数控车床工匠", "SENIOR"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_OCCUPATION");
        assertThat(jdbc.queryForList(
                        "SELECT occupation FROM institution_filing_item WHERE filing_id = ?", String.class, id))
                .containsExactly("6-18-01-01");
        Response resubmitted = as(institution).put("/api/v1/institution-filings/" + id, corrected);

        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        assertThat(resubmitted.text("status")).isEqualTo("CITY_REVIEW");
        assertThat(resubmitted.body().path("occupations").get(0).path("levels").size())
                .isEqualTo(2);
        assertThat(taskOf(CITY, id, "user_filing_review")).isNotNull();
    }

    @Test
    void shouldRefuseAFilingDecisionTheTaskDoesNotAllow() {
        String institution = institution();
        String id = file(institution, occupation("钳工", "JUNIOR")).text("id");
        String task = taskOf(CITY, id, "user_filing_review");

        Response wrong = decide(CITY, task, "EXIT", "不适用");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.code()).isEqualTo("INVALID_DECISION");
        assertThat(taskOf(CITY, id, "user_filing_review")).isEqualTo(task);
    }

    private JsonNode catalogueEntry(String institution) {
        return catalogueEntry(institution, "");
    }

    private JsonNode catalogueEntry(String institution, String query) {
        Response catalogue = api.anonymous().get("/api/v1/catalogue" + query);
        assertThat(catalogue.status()).isEqualTo(200);
        for (JsonNode entry : catalogue.body()) {
            if (entry.path("creditCode").asText().equals(institution)) {
                return entry;
            }
        }
        return null;
    }

    static List<String> levels(JsonNode entry, String occupation) {
        List<String> levels = new ArrayList<>();
        for (JsonNode o : entry.path("occupations")) {
            if (o.path("occupation").asText().equals(occupation)) {
                o.path("levels").forEach(l -> levels.add(l.asText()));
            }
        }
        return levels;
    }
}
