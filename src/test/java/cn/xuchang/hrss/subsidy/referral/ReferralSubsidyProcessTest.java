package cn.xuchang.hrss.subsidy.referral;

import static cn.xuchang.hrss.subsidy.referral.ReferralSubsidyProcess.*;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of bpmn/referral-subsidy.bpmn on an in-memory engine, with the same stand-in beans as the hiring subsidy:
 * the referral process reuses the claim machinery (validation, review, notice, payment) and only its own validation
 * bean differs. The class must cover every element.
 */
@Deployment(
        resources = {
            "bpmn/referral-subsidy.bpmn",
            "bpmn/referral-subsidy-standard.dmn",
            "forms/referral-claim-review.form",
            "forms/public-objection-review.form"
        })
class ReferralSubsidyProcessTest {

    private static final String AGENCY = "91411003MA46RX0032";

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
    void shouldPayAfterCountyAndCityApprovalAndThePublicNotice() {
        ProcessInstance claim = startClaim();

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(task(claim)).hasCandidateGroup("county-reviewer-411003");
        decide(claim, "APPROVE", "材料齐全");
        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
        assertThat(task(claim)).hasCandidateGroup("city-reviewer");
        decide(claim, "APPROVE", "");
        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        execute(job(claim));
        execute(job(claim));

        assertThat(claim)
                .hasPassed(SERVICE_START_NOTICE, TIMER_NOTICE_ENDS, SERVICE_PAY, END_PAID)
                .isEnded();
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
    void shouldTakeThreeHundredYuanPerPlacementFromTheDecisionTable() {
        ProcessInstance claim = startClaim();

        assertThat(claim).variables().containsEntry(AMOUNT_PER_PLACEMENT, 300L);
    }

    @Test
    void shouldRejectAtOnceWhenNoPlacementIsEligible() {
        ClaimProcessEngine.eligibleCount = 0;

        ProcessInstance claim = startClaim();

        assertThat(claim)
                .hasPassed(SERVICE_RELEASE, END_REJECTED)
                .hasNotPassed(USER_COUNTY_REVIEW)
                .isEnded();
    }

    @Test
    void shouldReleaseTheGrantsWhenTheCountyRejects() {
        ProcessInstance claim = startClaim();

        decide(claim, "REJECT", "介绍就业材料不实");

        assertThat(claim).hasPassed(END_REJECTED).hasNotPassed(USER_CITY_REVIEW).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("decision:user_county_review=REJECT", "release");
    }

    @Test
    void shouldReleaseTheGrantsWhenTheCityRejects() {
        ProcessInstance claim = startClaim();
        decide(claim, "APPROVE", "");

        decide(claim, "REJECT", "重复申报");

        assertThat(claim).hasPassed(USER_CITY_REVIEW, END_REJECTED).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("decision:user_city_review=REJECT", "release");
    }

    @Test
    void shouldValidateAgainAndGoBackToTheCountyAfterTheAgencysCorrection() {
        ProcessInstance claim = startClaim();
        decide(claim, "RETURN", "请补充劳动合同");
        assertThat(claim).isWaitingAt(USER_CORRECT_CLAIM);
        assertThat(task(claim)).isAssignedTo(AGENCY);

        complete(task(claim));

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("validate", "status:RETURNED", "notify", "validate", "status:COUNTY_REVIEW");
    }

    @Test
    void shouldSendACityReturnBackToTheAgency() {
        ProcessInstance claim = startClaim();
        decide(claim, "APPROVE", "");

        decide(claim, "RETURN", "缺少社保缴费证明");

        assertThat(claim).isWaitingAt(USER_CORRECT_CLAIM);
    }

    @Test
    void shouldWithdrawTheClaimWhenTheCorrectionDeadlinePasses() {
        ProcessInstance claim = startClaim();
        decide(claim, "RETURN", "请补充材料");

        execute(job(TIMER_CORRECTION_DEADLINE, claim));

        assertThat(claim).hasPassed(SERVICE_WITHDRAW, END_WITHDRAWN).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:WITHDRAWN", "release", "notify");
    }

    @Test
    void shouldEscalateOverdueReviewsAndKeepTheTasksOpen() {
        ProcessInstance claim = startClaim();
        execute(job(TIMER_COUNTY_OVERDUE, claim));
        assertThat(claim).hasPassed(END_COUNTY_ESCALATED).isWaitingAt(USER_COUNTY_REVIEW);
        decide(claim, "APPROVE", "");

        execute(job(TIMER_CITY_OVERDUE, claim));

        assertThat(claim).hasPassed(END_CITY_ESCALATED).isWaitingAt(USER_CITY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS)
                .contains("escalate:user_county_review>city-reviewer", "escalate:user_city_review>camunda-admin");
    }

    @Test
    void shouldRejectWhenTheCityUpholdsAnObjectionAndPayWhenItDismissesOne() {
        ProcessInstance upheld = startInPublicNotice();
        runtimeService()
                .correlateMessage("objection_filed", upheld.getBusinessKey(), Map.of("objectionReason", "虚假介绍"));
        assertThat(upheld).isWaitingAt(USER_OBJECTION_REVIEW);
        decide(upheld, "REJECT", "异议属实");
        assertThat(upheld).hasPassed(END_REJECTED).hasNotPassed(SERVICE_PAY).isEnded();

        ProcessInstance dismissed = startInPublicNotice();
        runtimeService()
                .correlateMessage("objection_filed", dismissed.getBusinessKey(), Map.of("objectionReason", "怀疑虚报"));
        decide(dismissed, "APPROVE", "异议不成立");
        execute(job(dismissed));
        execute(job(dismissed));
        assertThat(dismissed).hasPassed(END_PAID).isEnded();
    }

    private ProcessInstance startInPublicNotice() {
        ProcessInstance claim = startClaim();
        decide(claim, "APPROVE", "");
        decide(claim, "APPROVE", "");
        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        return claim;
    }

    private static ProcessInstance startClaim() {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        "claim-" + System.nanoTime(),
                        withVariables(ClaimVariables.APPLICANT_ID, AGENCY, ClaimVariables.COUNTY_CODE, "411003"));
    }

    private static void decide(ProcessInstance claim, String decision, String comment) {
        complete(task(claim), withVariables("decision", decision, "comment", comment));
    }
}
