package cn.xuchang.hrss.subsidy.evaluation;

import static cn.xuchang.hrss.subsidy.evaluation.EvaluationSubsidyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.xuchang.hrss.subsidy.claim.ClaimProcessEngine;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/evaluation-subsidy.bpmn, walked on an in-memory engine; the class must cover every element. */
@Deployment(
        resources = {
            "bpmn/evaluation-subsidy.bpmn",
            "forms/evaluation-claim-review.form",
            "forms/public-objection-review.form"
        })
class EvaluationSubsidyProcessTest {

    static final String INSTITUTION = "12411000MB0000001C";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration())
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void reset() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClaimProcessEngine.reset();
    }

    @Test
    void shouldPayAfterCityApprovalAndPublicNotice() {
        ProcessInstance claim = startClaim();

        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
        assertThat(task(claim)).hasCandidateGroup("city-reviewer");
        decide(claim, "APPROVE", "证书核验无误");
        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        execute(job(claim));
        assertThat(claim).isWaitingAt(SERVICE_PAY);
        execute(job(claim));

        assertThat(claim)
                .hasPassed(SERVICE_START_NOTICE, TIMER_NOTICE_ENDS, SERVICE_PAY, END_PAID)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence(
                        "validate",
                        "status:CITY_REVIEW",
                        "decision:user_city_review=APPROVE",
                        "notice",
                        "pay",
                        "notify")
                .doesNotContain("release");
    }

    @Test
    void shouldRejectAtOnceWhenNoCertificateIsEligibleOrForTheReviewer() {
        ClaimProcessEngine.eligibleCount = 0;

        ProcessInstance claim = startClaim();

        assertThat(claim)
                .hasPassed(SERVICE_RELEASE, END_REJECTED)
                .hasNotPassed(USER_CITY_REVIEW)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:REJECTED", "release", "notify");
    }

    @Test
    void shouldRouteALevelWithoutAStandardToTheReviewerAndNeverPayIt() {
        ClaimProcessEngine.eligibleCount = 0;
        ClaimProcessEngine.reviewOnlyCount = 1;

        ProcessInstance claim = startClaim();
        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
        decide(claim, "APPROVE", "首席技师证书无补贴标准，另行研究");

        assertThat(claim)
                .hasPassed(SERVICE_RELEASE, END_REJECTED)
                .hasNotPassed(SERVICE_START_NOTICE)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).doesNotContain("pay", "notice");
    }

    @Test
    void shouldCloseAnApprovedClaimWithNothingPayableAsNoStandardNotAsARefusal() {
        ClaimProcessEngine.eligibleCount = 0;
        ClaimProcessEngine.reviewOnlyCount = 1;

        ProcessInstance claim = startClaim();
        decide(claim, "APPROVE", "");

        assertThat(claim)
                .hasPassed(SERVICE_RECORD_NOTHING_PAYABLE, SERVICE_RELEASE, END_REJECTED)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("decision:user_city_review=APPROVE", "nothing-payable", "release", "notify");
    }

    @Test
    void shouldRecordNoStandardOutcomeOnlyForAnApproval() {
        ClaimProcessEngine.eligibleCount = 0;
        ClaimProcessEngine.reviewOnlyCount = 1;

        ProcessInstance claim = startClaim();
        decide(claim, "REJECT", "材料不实");

        assertThat(claim).hasPassed(END_REJECTED).hasNotPassed(SERVICE_RECORD_NOTHING_PAYABLE);
        assertThat(ClaimProcessEngine.CALLS).doesNotContain("nothing-payable");
    }

    @Test
    void shouldReleaseTheReservationWhenTheCityRejects() {
        ProcessInstance claim = startClaim();

        decide(claim, "REJECT", "证书信息与考核记录不符");

        assertThat(claim)
                .hasPassed(END_REJECTED)
                .hasNotPassed(SERVICE_START_NOTICE)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("decision:user_city_review=REJECT", "release");
    }

    @Test
    void shouldValidateAgainAndGoBackToTheCityWhenTheInstitutionCorrectsAReturn() {
        ProcessInstance claim = startClaim();

        decide(claim, "RETURN", "请补充考核记录");
        assertThat(claim).isWaitingAt(USER_CORRECT_CLAIM);
        assertThat(task(claim)).isAssignedTo(INSTITUTION);
        complete(task(claim));

        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("validate", "status:RETURNED", "notify", "validate", "status:CITY_REVIEW");
    }

    @Test
    void shouldWithdrawTheClaimWhenTheCorrectionDeadlinePasses() {
        ProcessInstance claim = startClaim();
        decide(claim, "RETURN", "请补充材料");

        execute(job(TIMER_CORRECTION_DEADLINE, claim));

        assertThat(claim).hasPassed(END_WITHDRAWN).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:WITHDRAWN", "release", "notify");
    }

    @Test
    void shouldEscalateAnOverdueCityReviewAndKeepTheTaskOpen() {
        ProcessInstance claim = startClaim();

        execute(job(TIMER_CITY_OVERDUE, claim));

        assertThat(claim).hasPassed(END_CITY_ESCALATED).isWaitingAt(USER_CITY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS).contains("escalate:user_city_review>camunda-admin");
    }

    @Test
    void shouldRejectTheClaimWhenTheCityUpholdsAnObjection() {
        ProcessInstance claim = startInPublicNotice();

        runtimeService()
                .correlateMessage("objection_filed", claim.getBusinessKey(), Map.of("objectionReason", "未实际参加考核"));
        assertThat(claim).isWaitingAt(USER_OBJECTION_REVIEW);
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

    private ProcessInstance startInPublicNotice() {
        ProcessInstance claim = startClaim();
        decide(claim, "APPROVE", "");
        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        return claim;
    }

    private static ProcessInstance startClaim() {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        "claim-" + System.nanoTime(),
                        withVariables(ClaimVariables.APPLICANT_ID, INSTITUTION, ClaimVariables.COUNTY_CODE, "411002"));
    }

    private static void decide(ProcessInstance claim, String decision, String comment) {
        complete(task(claim), withVariables("decision", decision, "comment", comment));
    }
}
