package cn.xuchang.hrss.subsidy.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * The paths that wait for the public or for time, run with the real beans over REST: an objection during the public
 * notice upheld or dismissed by the city, a correction deadline that passes, a review that becomes overdue. Timers are
 * fired the way the job executor fires them; everything else goes through /api/v1 and /engine-rest.
 */
class NoticeAndDeadlineIT extends ApiIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 5, 6);

    @Test
    void shouldEndTheClaimUnpaidAndReleaseItsQuotaWhenTheCityUpholdsAnObjection() {
        Claim claim = onPublicNotice();

        Response objection = object(claim.id(), "该企业未实际招用此人，社保为挂靠缴纳");
        assertThat(objection.status()).as(objection.toString()).isEqualTo(202);
        assertThat(objection.body().path("received").asBoolean()).isTrue();
        String review = taskOf(CITY, claim.id(), HiringSubsidyProcess.USER_OBJECTION_REVIEW);
        assertThat(review).as("the city examines the objection").isNotNull();
        assertThat(as(CITY).get("/engine-rest/task/" + review + "/form-variables")
                        .body()
                        .path("objectionReason")
                        .path("value")
                        .asText())
                .isEqualTo("该企业未实际招用此人，社保为挂靠缴纳");

        Response upheld = decide(CITY, review, "REJECT", "经核查异议属实");
        assertThat(upheld.status()).as(upheld.toString()).isEqualTo(204);
        runJobs(claim.processInstanceId());

        JsonNode ended = claim(claim.enterprise(), claim.id());
        assertThat(ended.path("status").asText()).isEqualTo("REJECTED");
        assertThat(ended.path("history").findValuesAsText("decision")).containsExactly("APPROVE", "APPROVE", "REJECT");
        assertThat(quota(claim.enterprise()).path("reserved").asInt()).isZero();
        assertThat(quota(claim.enterprise()).path("paid").asInt()).isZero();
        assertThat(rows("SELECT COUNT(*) FROM ledger_entry WHERE claim_id = ?", claim.id()))
                .isZero();
        assertThat(rows("SELECT COUNT(*) FROM public_objection WHERE claim_id = ?", claim.id()))
                .isEqualTo(1);
        assertThat(api.anonymous().get("/api/v1/public-notices").body().findValuesAsText("claimId"))
                .doesNotContain(claim.id());
        assertPersonClaimableAgain(claim.person());
        Response late = object(claim.id(), "再提一条");
        assertThat(late.status()).isEqualTo(404);
        assertThat(late.code()).isEqualTo("NOT_IN_PUBLIC_NOTICE");
        assertThat(late.text("detail")).contains(claim.id());
    }

    @Test
    void shouldResumeTheNoticeAndPayWhenTheCityDismissesAnObjection() {
        Claim claim = onPublicNotice();
        assertThat(object(claim.id(), "怀疑重复申报").status()).isEqualTo(202);
        String review = taskOf(CITY, claim.id(), HiringSubsidyProcess.USER_OBJECTION_REVIEW);

        Response dismissed = decide(CITY, review, "APPROVE", "经核查异议不成立");
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(204);

        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("PUBLIC_NOTICE");
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(claim.processInstanceId())
                        .activityId(HiringSubsidyProcess.TIMER_NOTICE_ENDS)
                        .count())
                .as("the notice waits for its end again")
                .isEqualTo(1);
        runJobs(claim.processInstanceId());
        JsonNode paid = claim(claim.enterprise(), claim.id());
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(quota(claim.enterprise()).path("paid").asInt()).isEqualTo(1000);
        assertThat(quota(claim.enterprise()).path("reserved").asInt()).isZero();
        assertThat(rows("SELECT COUNT(*) FROM ledger_entry WHERE claim_id = ?", claim.id()))
                .isEqualTo(1);
    }

    @Test
    void shouldWithdrawAReturnedClaimAndReleaseItsQuotaWhenTheCorrectionDeadlinePasses() {
        Claim claim = submitted();
        Response returned = decide(
                COUNTY_WEIDU,
                taskOf(COUNTY_WEIDU, claim.id(), HiringSubsidyProcess.USER_COUNTY_REVIEW),
                "RETURN",
                "请补充劳动合同");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(204);
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("RETURNED");
        assertThat(quota(claim.enterprise()).path("reserved").asInt()).isEqualTo(1000);

        management.executeJob(
                timer(claim, HiringSubsidyProcess.TIMER_CORRECTION_DEADLINE).getId());

        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("WITHDRAWN");
        assertThat(quota(claim.enterprise()).path("reserved").asInt()).isZero();
        assertThat(rows("SELECT COUNT(*) FROM subsidy_grant WHERE claim_id = ? AND status = 'RELEASED'", claim.id()))
                .isEqualTo(1);
        assertThat(as(claim.enterprise()).get("/api/v1/notifications").body().findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).contains("已撤回"));
        Response tooLate = as(claim.enterprise())
                .put(
                        "/api/v1/hiring-subsidy/claims/" + claim.id(),
                        Map.of(
                                "year",
                                2025,
                                "hires",
                                List.of(Map.of("idNumber", claim.person(), "hiredOn", HIRED.toString()))));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.code()).isEqualTo("CLAIM_NOT_RETURNED");
        assertPersonClaimableAgain(claim.person());
    }

    @Test
    void shouldEscalateAnOverdueCountyReviewToTheCityAndRaiseItsPriority() {
        Claim claim = submitted();
        String task = taskOf(COUNTY_WEIDU, claim.id(), HiringSubsidyProcess.USER_COUNTY_REVIEW);
        int priorityBefore = as(COUNTY_WEIDU)
                .get("/engine-rest/task/" + task)
                .body()
                .path("priority")
                .asInt();

        management.executeJob(
                timer(claim, HiringSubsidyProcess.TIMER_COUNTY_OVERDUE).getId());

        assertThat(notices(CITY, claim.id(), "OVERDUE_ESCALATION")).hasSize(1);
        assertThat(notices(COUNTY_WEIDU, claim.id(), "OVERDUE")).hasSize(1);
        assertThat(notices(ADMIN, claim.id(), "OVERDUE_ESCALATION")).isEmpty();
        JsonNode overdue = as(COUNTY_WEIDU).get("/engine-rest/task/" + task).body();
        assertThat(overdue.path("priority").asInt())
                .isGreaterThan(priorityBefore)
                .isEqualTo(90);
        assertThat(taskOf(COUNTY_WEIDU, claim.id(), HiringSubsidyProcess.USER_COUNTY_REVIEW))
                .as("the task stays with the county")
                .isEqualTo(task);
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("COUNTY_REVIEW");
    }

    @Test
    void shouldEscalateAnOverdueCityReviewToTheAdministrators() {
        Claim claim = submitted();
        decide(
                COUNTY_WEIDU,
                taskOf(COUNTY_WEIDU, claim.id(), HiringSubsidyProcess.USER_COUNTY_REVIEW),
                "APPROVE",
                "材料齐全");
        String task = taskOf(CITY, claim.id(), HiringSubsidyProcess.USER_CITY_REVIEW);

        management.executeJob(
                timer(claim, HiringSubsidyProcess.TIMER_CITY_OVERDUE).getId());

        assertThat(notices(ADMIN, claim.id(), "OVERDUE_ESCALATION")).hasSize(1);
        assertThat(notices(CITY, claim.id(), "OVERDUE")).hasSize(1);
        assertThat(as(CITY).get("/engine-rest/task/" + task)
                        .body()
                        .path("priority")
                        .asInt())
                .isEqualTo(90);
        Response approved = decide(CITY, task, "APPROVE", "同意拨付");
        assertThat(approved.status())
                .as("an escalated task can still be decided")
                .isEqualTo(204);
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("PUBLIC_NOTICE");
    }

    private record Claim(String enterprise, String person, String id, String processInstanceId) {}

    private Claim submitted() {
        String enterprise = enterprise("SMALL", WEIDU);
        String person = eligibleHire(enterprise, HIRED);
        Response response = submitHiring(enterprise, 2025, hires(person, HIRED));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Claim(enterprise, person, response.text("id"), response.text("processInstanceId"));
    }

    private Claim onPublicNotice() {
        Claim claim = submitted();
        decide(
                COUNTY_WEIDU,
                taskOf(COUNTY_WEIDU, claim.id(), HiringSubsidyProcess.USER_COUNTY_REVIEW),
                "APPROVE",
                "材料齐全");
        Response city = decide(CITY, taskOf(CITY, claim.id(), HiringSubsidyProcess.USER_CITY_REVIEW), "APPROVE", "同意");
        assertThat(city.status()).as(city.toString()).isEqualTo(204);
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("PUBLIC_NOTICE");
        return claim;
    }

    private Response object(String claimId, String reason) {
        return api.anonymous()
                .post(
                        "/api/v1/public-notices/" + claimId + "/objections",
                        Map.of("reason", reason, "contact", "13800000000"));
    }

    private Job timer(Claim claim, String activityId) {
        Job timer = management
                .createJobQuery()
                .processInstanceId(claim.processInstanceId())
                .activityId(activityId)
                .timers()
                .singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        assertThat(timer.getDuedate()).as("due in the future").isAfter(new java.util.Date());
        return timer;
    }

    /** The messages of that kind about the claim that the user (or one of their groups) has received. */
    private List<JsonNode> notices(String user, String claimId, String kind) {
        Response response = as(user).get("/api/v1/notifications");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> found = new java.util.ArrayList<>();
        response.body().forEach(n -> {
            if (claimId.equals(n.path("claimId").asText())
                    && kind.equals(n.path("kind").asText())) {
                found.add(n);
            }
        });
        return found;
    }

    /** The person can be claimed by another enterprise now: the grant was released. */
    private void assertPersonClaimableAgain(String person) {
        String other = enterprise("SMALL", JIANAN);
        contributions(person, other, YearMonth.from(HIRED), 12);
        Response again = submitHiring(other, 2025, hires(person, HIRED));
        assertThat(again.body().path("items").get(0).path("eligible").asBoolean())
                .as(again.toString())
                .isTrue();
    }

    private JsonNode quota(String enterprise) {
        Response response = as(enterprise).get("/api/v1/enterprises/" + enterprise + "/quota");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private int rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
