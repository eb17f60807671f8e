package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The refusals that no feature test provokes, each asserted with its whole problem body: status, content type, the
 * stable code and the Chinese title and detail. ErrorCodeCoverageTest keeps the list complete.
 */
class ErrorCodesIT extends InstitutionIntegrationTest {

    @Test
    void shouldAnswerAWrongMethodAContentTypeAndAnUnknownPathAsProblems() {
        String enterprise = enterprise("SMALL", WEIDU);

        Response wrongMethod = as(enterprise).delete("/api/v1/hiring-subsidy/claims");
        Response wrongType = as(enterprise).postRaw("/api/v1/hiring-subsidy/claims", "year=2025", "text/plain");
        Response unknownPath = as(enterprise).get("/api/v1/no-such-resource");

        assertProblem(wrongMethod, 405, "METHOD_NOT_ALLOWED", "不支持的请求方法", "该地址不支持");
        assertProblem(wrongType, 415, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型", "application/json");
        assertProblem(unknownPath, 404, "NOT_FOUND", "未找到", "没有这个地址");
    }

    @Test
    void shouldRefuseAnAccountOfTheRightGroupThatIsNotRegistered() {
        user("it-unregistered-enterprise", "enterprise");
        user("it-unregistered-agency", "agency");
        user("it-unregistered-institution", "institution");

        Response hiring = as("it-unregistered-enterprise")
                .post(
                        "/api/v1/hiring-subsidy/claims",
                        Map.of(
                                "year",
                                2025,
                                "hires",
                                List.of(Map.of("idNumber", TestData.idNumber(), "hiredOn", "2025-03-01"))));
        Response award = as("it-unregistered-enterprise")
                .post("/api/v1/startup-awards/applications", TestData.projectApplication());
        Response referral = as("it-unregistered-agency")
                .post(
                        "/api/v1/referral-subsidy/claims",
                        Map.of(
                                "placements",
                                List.of(Map.of(
                                        "idNumber", TestData.idNumber(),
                                        "employerCreditCode", TestData.creditCode(WEIDU),
                                        "startedOn", "2025-03-01"))));
        Response filing = file("it-unregistered-institution", occupation("电工", "JUNIOR"));

        assertProblem(hiring, 422, "ENTERPRISE_UNKNOWN", "不符合政策规定", "不是已登记的企业");
        assertProblem(award, 422, "ENTERPRISE_UNKNOWN", "不符合政策规定", "不是已登记的企业");
        assertProblem(referral, 422, "AGENCY_UNKNOWN", "不符合政策规定", "人力资源服务机构");
        assertProblem(filing, 422, "INSTITUTION_UNKNOWN", "不符合政策规定", "不是已登记的机构");
        assertThat(rows(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id IN (?, ?)",
                        "it-unregistered-enterprise",
                        "it-unregistered-agency"))
                .isZero();
    }

    @Test
    void shouldRefuseOversizedRequestsBeforeLookingAtThem() {
        String enterprise = enterprise("SMALL", WEIDU);
        String institution = institution();
        Map<String, String> hire = Map.of("idNumber", TestData.idNumber(), "hiredOn", "2025-03-01");
        List<Map<String, String>> records = new ArrayList<>();
        String person = TestData.idNumber();
        for (int i = 0; i <= 10_000; i++) {
            records.add(Map.of("idNumber", person, "employerCreditCode", enterprise, "month", "2025-03"));
        }

        Response tooManyHires = as(enterprise)
                .post("/api/v1/hiring-subsidy/claims", Map.of("year", 2025, "hires", Collections.nCopies(2001, hire)));
        Response tooManyRecords = admin().post("/api/v1/social-insurance/contributions", records);
        Response blankCertificate = claimEvaluation(institution, " ");

        assertProblem(tooManyHires, 400, "TOO_MANY_ITEMS", "请求有误", "2001");
        assertProblem(tooManyRecords, 400, "TOO_MANY_RECORDS", "请求有误", "分批提交");
        assertProblem(blankCertificate, 400, "INVALID_CERTIFICATE_NO", "请求有误", "第 1 个证书编号");
        assertThat(rows("SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id IN (?, ?)", enterprise, institution))
                .isZero();
        assertThat(rows("SELECT COUNT(*) FROM social_insurance_contribution WHERE id_number = ?", person))
                .isZero();
    }

    @Test
    void shouldAnswerUnknownTasksUsersExitsAndEnterprisesWith404Or422() {
        String enterprise = enterprise("SMALL", WEIDU);
        String hired = "2025-03-03";
        String claimId = submitHiring(
                        enterprise,
                        2025,
                        hires(
                                eligibleHire(enterprise, java.time.LocalDate.parse(hired)),
                                java.time.LocalDate.parse(hired)))
                .text("id");
        String taskId = taskOf(COUNTY_WEIDU, claimId, "user_county_review");

        Response unknownTask = as(COUNTY_WEIDU)
                .post("/api/v1/review-tasks/no-such-task/transfer", Map.of("userId", COUNTY_WEIDU, "comment", "转交"));
        Response unknownUser = as(COUNTY_WEIDU)
                .post("/api/v1/review-tasks/" + taskId + "/co-reviewers", Map.of("userId", "it-nobody-at-all"));
        Response unknownExit = as(CITY).get("/api/v1/institution-exits/no-such-exit");
        Response unknownEnterprise = admin().get("/api/v1/enterprises/" + TestData.creditCode(WEIDU) + "/quota");

        assertProblem(unknownTask, 404, "TASK_NOT_FOUND", "未找到", "no-such-task");
        assertProblem(unknownUser, 422, "USER_UNKNOWN", "不符合政策规定", "it-nobody-at-all");
        assertProblem(unknownExit, 404, "EXIT_NOT_FOUND", "未找到", "no-such-exit");
        assertProblem(unknownEnterprise, 404, "ENTERPRISE_NOT_FOUND", "未找到", "没有找到该企业");
        assertThat(taskOf(COUNTY_WEIDU, claimId, "user_county_review")).isEqualTo(taskId);
    }

    /** The whole problem body: status, media type, code, the Chinese title and a detail that says what was wrong. */
    static void assertProblem(Response response, int status, String code, String title, String detailContains) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.body().path("status").asInt())
                .as(response.toString())
                .isEqualTo(status);
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
        assertThat(response.text("title")).as(response.toString()).isEqualTo(title);
        assertThat(response.text("detail")).as(response.toString()).contains(detailContains);
    }
}
