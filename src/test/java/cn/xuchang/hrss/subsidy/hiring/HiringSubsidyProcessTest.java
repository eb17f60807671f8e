package cn.xuchang.hrss.subsidy.hiring;

import static cn.xuchang.hrss.subsidy.hiring.HiringSubsidyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xuchang.hrss.subsidy.claim.ClaimProcessEngine;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/hiring-subsidy.bpmn, walked on an in-memory engine; the class must cover every element. */
@Deployment(
        resources = {
            "bpmn/hiring-subsidy.bpmn",
            "bpmn/hiring-subsidy-standard.dmn",
            "forms/hiring-claim-review.form",
            "forms/public-objection-review.form"
        })
class HiringSubsidyProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration())
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void reset() {
        ClaimProcessEngine.reset(engine.getProcessEngine());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldPayAfterCityApprovalAndPublicNotice() {
        ProcessInstance claim = startClaim("SMALL");

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(task(claim)).hasCandidateGroup("county-reviewer-411002");
        decide(claim, "APPROVE", "材料齐全");
        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
        assertThat(task(claim)).hasCandidateGroup("city-reviewer");
        decide(claim, "APPROVE", "");
        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);

        execute(job(claim));
        assertThat(claim).isWaitingAt(SERVICE_PAY);
        execute(job(claim));

        assertThat(claim)
                .hasPassed(SERVICE_START_NOTICE, TIMER_NOTICE_ENDS, SERVICE_PAY)
                .isEnded();
        assertThat(claim).hasPassed(END_PAID);
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence(
                        "validate",
                        "status:COUNTY_REVIEW",
                        "decision:user_county_review=APPROVE",
                        "status:CITY_REVIEW",
                        "decision:user_city_review=APPROVE",
                        "notice",
                        "pay",
                        "notify")
                .doesNotContain("release");
    }

    @Test
    void shouldTakeTheAmountsFromTheDecisionTable() {
        ProcessInstance claim = startClaim("MEDIUM");

        assertThat(claim).variables().containsEntry(AMOUNT_PER_PERSON, 1000L).containsEntry(ENTERPRISE_CAP, 2_000_000L);
    }

    @Test
    void shouldRejectAtOnceWhenNoHireIsEligible() {
        ClaimProcessEngine.eligibleCount = 0;

        ProcessInstance claim = startClaim("SMALL");

        assertThat(claim).hasPassed("service_release_grants", END_REJECTED).isEnded();
        assertThat(claim).hasNotPassed(USER_COUNTY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:REJECTED", "release", "notify");
    }

    @Test
    void shouldReleaseTheQuotaWhenTheCountyRejects() {
        ProcessInstance claim = startClaim("SMALL");

        decide(claim, "REJECT", "招用人员与社保记录不符");

        assertThat(claim).hasPassed(END_REJECTED).hasNotPassed(USER_CITY_REVIEW).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("decision:user_county_review=REJECT", "release");
    }

    @Test
    void shouldReleaseTheQuotaWhenTheCityRejects() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");

        decide(claim, "REJECT", "重复申报");

        assertThat(claim)
                .hasPassed(USER_CITY_REVIEW, END_REJECTED)
                .hasNotPassed(SERVICE_START_NOTICE)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("decision:user_city_review=REJECT", "release");
    }

    @Test
    void shouldValidateAgainAndGoBackToTheCountyWhenTheEnterpriseCorrectsACountyReturn() {
        ProcessInstance claim = startClaim("SMALL");

        decide(claim, "RETURN", "请补充劳动合同");
        assertThat(claim).isWaitingAt(USER_CORRECT_CLAIM);
        assertThat(task(claim))
                .isAssignedTo("91411002MA46RX001D")
                .hasDueDate(task(claim).getDueDate());
        complete(task(claim));

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("validate", "status:RETURNED", "notify", "validate", "status:COUNTY_REVIEW");
    }

    @Test
    void shouldSendACityReturnBackToTheEnterpriseAndThenToTheCounty() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");

        decide(claim, "RETURN", "缺少社保缴费证明");
        assertThat(claim).isWaitingAt(USER_CORRECT_CLAIM);
        complete(task(claim));

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
    }

    @Test
    void shouldRejectAResubmissionThatNoLongerHasAnEligibleHire() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "RETURN", "请核对");

        ClaimProcessEngine.eligibleCount = 0;
        complete(task(claim));

        assertThat(claim).hasPassed(END_REJECTED).isEnded();
    }

    @Test
    void shouldWithdrawTheClaimWhenTheCorrectionDeadlinePasses() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "RETURN", "请补充材料");

        execute(job(TIMER_CORRECTION_DEADLINE, claim));

        assertThat(claim).hasPassed("service_withdraw_claim", END_WITHDRAWN).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:WITHDRAWN", "release", "notify");
    }

    @Test
    void shouldEscalateAnOverdueCountyReviewToTheCityAndKeepTheTaskOpen() {
        ProcessInstance claim = startClaim("SMALL");
        Date due = task(claim).getDueDate();
        assertThat(due).isNotNull();

        ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
        execute(job(TIMER_COUNTY_OVERDUE, claim));

        assertThat(claim).hasPassed(END_COUNTY_ESCALATED).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS).contains("escalate:user_county_review>city-reviewer");
    }

    @Test
    void shouldEscalateAnOverdueCityReviewAndKeepTheTaskOpen() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");

        execute(job(TIMER_CITY_OVERDUE, claim));

        assertThat(claim).hasPassed(END_CITY_ESCALATED).isWaitingAt(USER_CITY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS).contains("escalate:user_city_review>camunda-admin");
    }

    @Test
    void shouldRejectTheClaimWhenTheCityUpholdsAnObjection() {
        ProcessInstance claim = startInPublicNotice();

        runtimeService()
                .correlateMessage("objection_filed", claim.getBusinessKey(), Map.of("objectionReason", "该员工实为返聘"));
        assertThat(claim).isWaitingAt(USER_OBJECTION_REVIEW);
        assertThat(task(claim)).hasCandidateGroup("city-reviewer");
        decide(claim, "REJECT", "异议属实");

        assertThat(claim).hasPassed(END_REJECTED).hasNotPassed(SERVICE_PAY).isEnded();
    }

    @Test
    void shouldResumeTheNoticeAndPayWhenTheCityDismissesAnObjection() {
        ProcessInstance claim = startInPublicNotice();
        runtimeService().correlateMessage("objection_filed", claim.getBusinessKey(), Map.of("objectionReason", "怀疑虚报"));

        decide(claim, "APPROVE", "经核查，异议不成立");

        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        execute(job(claim));
        execute(job(claim));
        assertThat(claim).hasPassed(END_PAID).isEnded();
    }

    @Test
    void shouldKeepTheTaskOpenWhenTheDecisionIsNotOneTheTaskAllows() {
        ProcessInstance claim = startClaim("SMALL");
        String taskId = task(claim).getId();

        assertThrows(
                ProcessEngineException.class, () -> taskService().complete(taskId, withVariables("decision", "MAYBE")));
        assertThrows(ProcessEngineException.class, () -> taskService()
                .complete(taskId, withVariables("decision", "REJECT")));

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
    }

    @Test
    void shouldClearTheReviewersDecisionSoTheNextFormStartsEmpty() {
        ProcessInstance claim = startClaim("SMALL");

        decide(claim, "APPROVE", "同意");

        assertThat(claim)
                .variables()
                .doesNotContainKey("decision")
                .doesNotContainKey("comment")
                .containsEntry("reviewOutcome", "APPROVE")
                .containsEntry("reviewComment", "同意");
    }

    private ProcessInstance startInPublicNotice() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");
        decide(claim, "APPROVE", "");
        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        return claim;
    }

    private static ProcessInstance startClaim(String scale) {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        "claim-" + System.nanoTime(),
                        withVariables(
                                ClaimVariables.APPLICANT_ID,
                                "91411002MA46RX001D",
                                ClaimVariables.COUNTY_CODE,
                                "411002",
                                ENTERPRISE_SCALE,
                                scale));
    }

    private static void decide(ProcessInstance claim, String decision, String comment) {
        complete(task(claim), withVariables("decision", decision, "comment", comment));
    }
}
