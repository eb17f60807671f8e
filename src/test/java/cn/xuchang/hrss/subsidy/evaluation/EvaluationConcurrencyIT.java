package cn.xuchang.hrss.subsidy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.Concurrently;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Person + occupation + level is granted once under requests that hit the REST API at the same moment. */
class EvaluationConcurrencyIT extends InstitutionIntegrationTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 6, 30);

    @Test
    void shouldGrantACertificateOnceWhenTheSameClaimArrivesSeveralTimesAtOnce() throws Exception {
        String institution = institution();
        listingSince(institution, "电工", "SENIOR", "2023-01-01", null);
        String certificate = certificate(institution, "电工", "SENIOR", ISSUED);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> claimEvaluation(institution, certificate));
        }

        List<Response> responses = Concurrently.atOnce(calls);

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream()
                        .filter(r ->
                                r.body().path("items").get(0).path("eligible").asBoolean()))
                .hasSize(1);
        assertThat(responses.stream().filter(r -> "REJECTED".equals(r.text("status"))))
                .hasSize(3)
                .allSatisfy(
                        r -> assertThat(reasons(r.body().path("items").get(0))).containsExactly("ALREADY_PAID"));
        String person = jdbc.queryForObject(
                "SELECT id_number FROM certificate WHERE certificate_no = ?", String.class, certificate);
        assertThat(rows(
                        "SELECT COUNT(*) FROM subsidy_grant WHERE scheme = 'EVALUATION' AND active_key = ?",
                        person + "|6-31-01-03|SENIOR")) // 电工, stored by its catalogue code
                .isEqualTo(1);
    }

    @Test
    void shouldGrantAPersonOccupationAndLevelOnceWhenTwoInstitutionsClaimAtOnce() throws Exception {
        String person = TestData.idNumber();
        List<String> institutions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String institution = institution();
            listingSince(institution, "钳工", "TECHNICIAN", "2023-01-01", null);
            certificateOf(
                    person,
                    "T" + i + person,
                    i == 0 ? "QUALIFICATION" : "SKILL_LEVEL",
                    institution,
                    "钳工",
                    "TECHNICIAN",
                    ISSUED.plusDays(i));
            institutions.add(institution);
        }
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < institutions.size(); i++) {
            String institution = institutions.get(i);
            String certificate = "T" + i + person;
            calls.add(() -> claimEvaluation(institution, certificate));
        }

        List<Response> responses = Concurrently.atOnce(calls);

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream()
                        .filter(r ->
                                r.body().path("items").get(0).path("eligible").asBoolean()))
                .hasSize(1);
        assertThat(rows(
                        "SELECT COUNT(*) FROM subsidy_grant WHERE scheme = 'EVALUATION' AND active_key = ?",
                        person + "|6-20-01-01|TECHNICIAN")) // 钳工 = 装配钳工
                .isEqualTo(1);
    }
}
