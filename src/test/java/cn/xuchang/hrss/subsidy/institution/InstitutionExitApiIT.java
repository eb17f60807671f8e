package cn.xuchang.hrss.subsidy.institution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The contract of API.md "Institutions: exit" over real HTTP, and the yearly performance evaluation. */
class InstitutionExitApiIT extends InstitutionIntegrationTest {

    @Autowired
    InstitutionExits exits;

    @Test
    void shouldTakeTheInstitutionOffTheCatalogueAndExposeItOnExit() {
        String institution = listedInstitution(occupation("电工", "JUNIOR", "SENIOR"));
        assertThat(onCatalogue(institution)).isTrue();

        Response started = startExit(CITY, institution, "COMPLAINT", "考生投诉考评员代考");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.text("status")).isEqualTo("INVESTIGATION");
        String task = taskOf(CITY, started.text("id"), "user_exit_investigation");
        assertThat(task).isNotNull();
        JsonNode history = as(CITY).get("/engine-rest/task/" + task + "/variables/institutionHistory")
                .body();
        assertThat(history.toString()).contains("列入目录").contains("电工");

        assertThat(decide(CITY, task, "EXIT", "查实代考，情节严重").status()).isEqualTo(204);

        assertThat(as(CITY).get("/api/v1/institution-exits/" + started.text("id"))
                        .text("status"))
                .isEqualTo("EXITED");
        assertThat(onCatalogue(institution)).isFalse();
        assertThat(rows(
                        "SELECT COUNT(*) FROM catalogue_listing WHERE institution_credit_code = ? AND listed_until = ?",
                        institution,
                        java.sql.Date.valueOf(LocalDate.now())))
                .isEqualTo(2);
        Response exposures = api.anonymous().get("/api/v1/exposures");
        assertThat(exposures.status()).isEqualTo(200);
        assertThat(exposures.body().toString()).contains(institution).contains("查实代考");
        assertThat(file(institution, occupation("焊工", "JUNIOR")).code()).isEqualTo("INSTITUTION_EXITED");
        assertThat(startExit(ADMIN, institution, "INSPECTION", "再次检查").status()).isEqualTo(409);
    }

    @Test
    void shouldTakeATrainingInstitutionOffTheTrainingCatalogueAndExposeItOnExit() {
        String training = listedInstitutionOfKind("TRAINING", occupation("养老护理员", "JUNIOR"));
        assertThat(onCatalogue(training, "TRAINING")).isTrue();

        Response started = startExit(CITY, training, "INSPECTION", "检查发现培训课时弄虚作假");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String task = taskOf(CITY, started.text("id"), "user_exit_investigation");
        JsonNode history = as(CITY).get("/engine-rest/task/" + task + "/variables/institutionHistory")
                .body();
        assertThat(history.toString()).contains("养老护理员").doesNotContain("4-10-01-05");
        assertThat(decide(CITY, task, "EXIT", "查实课时造假").status()).isEqualTo(204);

        assertThat(as(CITY).get("/api/v1/institution-exits/" + started.text("id"))
                        .text("status"))
                .isEqualTo("EXITED");
        assertThat(onCatalogue(training, "TRAINING")).isFalse();
        assertThat(api.anonymous().get("/api/v1/exposures").body().toString())
                .contains(training)
                .contains("查实课时造假");
        Response again = file(training, occupation("电工", "JUNIOR"));
        assertThat(again.code()).isEqualTo("INSTITUTION_EXITED");
        assertThat(again.body().path("detail").asText()).contains("培训机构目录");
    }

    @Test
    void shouldKeepAWarnedInstitutionOnTheCatalogue() {
        String institution = listedInstitution(occupation("钳工", "JUNIOR"));
        String id = startExit(ADMIN, institution, "INSPECTION", "日常检查发现考评记录不全").text("id");

        decide(CITY, taskOf(CITY, id, "user_exit_investigation"), "WARNING", "考评记录不全，予以警告");

        assertThat(as(CITY).get("/api/v1/institution-exits/" + id).text("status"))
                .isEqualTo("WARNED");
        assertThat(onCatalogue(institution)).isTrue();
    }

    @Test
    void shouldReviewEachInstitutionsYearAndLetTheReviewerFindItSound() {
        String institution = listedInstitution(occupation("电工", "JUNIOR"));
        String certificate = certificate(institution, "电工", "JUNIOR", LocalDate.now());
        claimEvaluation(institution, certificate, "NO-SUCH-CERT");
        int year = LocalDate.now().getYear();

        exits.startPerformanceEvaluations(year);

        JsonNode started = as(CITY).get("/api/v1/institution-exits?institution=" + institution)
                .body()
                .get(0);
        assertThat(started.path("description").asText())
                .contains(year + " 年度评价机构绩效评估", "评价补贴申请 1 项", "不符合条件的证书 1 张", "投诉 0 次", "曝光 0 次");
        String id = started.path("id").asText();
        assertThat(decide(CITY, taskOf(CITY, id, "user_exit_investigation"), "PASS", "")
                        .status())
                .isEqualTo(204);

        JsonNode ended = as(CITY).get("/api/v1/institution-exits/" + id).body();
        assertThat(ended.path("status").asText()).isEqualTo("PASSED");
        assertThat(ended.toString()).contains("PASS");
        assertThat(onCatalogue(institution)).isTrue();
        assertThat(api.anonymous().get("/api/v1/exposures").body().toString()).doesNotContain(institution);
    }

    @Test
    void shouldCheckARectificationWhenItsPeriodEnds() {
        String institution = listedInstitution(occupation("车工", "INTERMEDIATE"));
        Response started = startExit(CITY, institution, "COMPLAINT", "收费不规范");
        String id = started.text("id");

        decide(CITY, taskOf(CITY, id, "user_exit_investigation"), "RECTIFY", "限期30日整改收费问题");
        assertThat(as(CITY).get("/api/v1/institution-exits/" + id).text("status"))
                .isEqualTo("RECTIFYING");
        assertThat(taskOf(CITY, id, "user_rectification_check")).isNull();
        runJobs(started.text("processInstanceId"));
        String check = taskOf(CITY, id, "user_rectification_check");
        assertThat(check).isNotNull();
        assertThat(startExit(CITY, institution, "COMPLAINT", "又一投诉").code()).isEqualTo("EXIT_IN_PROGRESS");
        decide(CITY, check, "RECTIFIED", "已退还多收费用");

        assertThat(as(CITY).get("/api/v1/institution-exits/" + id).text("status"))
                .isEqualTo("RECTIFIED");
        assertThat(onCatalogue(institution)).isTrue();
    }

    @Test
    void shouldRefuseABadExitRequestAndStoreNothing() {
        String institution = listedInstitution(occupation("焊工", "JUNIOR"));
        String unknown = cn.xuchang.hrss.subsidy.support.TestData.creditCode(WEIDU);

        Response badTrigger = as(CITY).post(
                        "/api/v1/institution-exits",
                        Map.of("institutionCreditCode", institution, "trigger", "RUMOUR", "description", "传言"));
        Response noDescription = as(CITY).post(
                        "/api/v1/institution-exits",
                        Map.of("institutionCreditCode", institution, "trigger", "COMPLAINT"));
        Response notFound = startExit(CITY, unknown, "COMPLAINT", "投诉");
        Response wrongRole = startExit(institution, institution, "COMPLAINT", "自己投诉自己");
        Response anonymous = api.anonymous()
                .post(
                        "/api/v1/institution-exits",
                        Map.of("institutionCreditCode", institution, "trigger", "COMPLAINT", "description", "匿名"));

        assertThat(badTrigger.status()).isEqualTo(400);
        assertThat(noDescription.status()).isEqualTo(400);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.code()).isEqualTo("INSTITUTION_NOT_FOUND");
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(rows(
                        "SELECT COUNT(*) FROM institution_exit WHERE institution_credit_code IN (?, ?)",
                        institution,
                        unknown))
                .isZero();
    }

    @Test
    void shouldStartOneYearlyPerformanceEvaluationPerListedInstitution() {
        String first = listedInstitution(occupation("电工", "JUNIOR"));
        String second = listedInstitution(occupation("焊工", "JUNIOR"));
        String notListed = institution();

        exits.startPerformanceEvaluations(2026);
        exits.startPerformanceEvaluations(2026);

        for (String listed : List.of(first, second)) {
            assertThat(rows(
                            "SELECT COUNT(*) FROM institution_exit WHERE institution_credit_code = ? AND trigger_kind ="
                                    + " 'PERFORMANCE' AND status = 'INVESTIGATION'",
                            listed))
                    .isEqualTo(1);
        }
        assertThat(rows("SELECT COUNT(*) FROM institution_exit WHERE institution_credit_code = ?", notListed))
                .isZero();
        String id = as(CITY).get("/api/v1/institution-exits?institution=" + first)
                .body()
                .get(0)
                .path("id")
                .asText();
        assertThat(taskOf(CITY, id, "user_exit_investigation")).isNotNull();
    }

    private Response startExit(String user, String institution, String trigger, String description) {
        return as(user).post(
                        "/api/v1/institution-exits",
                        Map.of("institutionCreditCode", institution, "trigger", trigger, "description", description));
    }

    private boolean onCatalogue(String institution) {
        return onCatalogue(institution, "EVALUATION");
    }

    private boolean onCatalogue(String institution, String kind) {
        return api.anonymous()
                .get("/api/v1/catalogue?kind=" + kind)
                .body()
                .toString()
                .contains(institution);
    }
}
