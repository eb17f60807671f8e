package cn.xuchang.hrss.subsidy.voucher;

import static cn.xuchang.hrss.subsidy.voucher.VoucherRedemptionProcess.*;
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
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/training-voucher-redemption.bpmn, the redemption claim; full coverage. */
@Deployment(
        resources = {
            "bpmn/training-voucher-redemption.bpmn",
            "forms/training-voucher-redemption-review.form",
            "forms/public-objection-review.form"
        })
class VoucherRedemptionProcessTest {

    static final String TRAINER = "12411000MB0000002A";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration(Map.of(
                            "validateVoucherRedemption",
                            (JavaDelegate) execution -> {
                                ClaimProcessEngine.CALLS.add("assess vouchers");
                                execution.setVariable(ClaimVariables.ELIGIBLE_COUNT, ClaimProcessEngine.eligibleCount);
                            },
                            "redeemVouchers",
                            ClaimProcessEngine.recorder("redeem vouchers"))))
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void reset() {
        ClaimProcessEngine.reset(engine.getProcessEngine());
    }

    @Test
    void shouldPayAndRedeemTheVouchersAfterCityApprovalAndPublicNotice() {
        ProcessInstance claim = submit();
        assertThat(task(claim)).hasCandidateGroup("city-reviewer").hasDefinitionKey(USER_CITY_REVIEW);

        decide(claim, "APPROVE");
        execute(job(claim));
        execute(job(claim));

        assertThat(claim)
                .hasPassed(SERVICE_START_NOTICE, TIMER_NOTICE_ENDS, SERVICE_PAY, SERVICE_REDEEM_VOUCHERS, END_PAID)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence(
                        "assess vouchers", "status:CITY_REVIEW", "notice", "pay", "redeem vouchers", "notify")
                .doesNotContain("release");
    }

    @Test
    void shouldEndAtOnceWhenNoVoucherCanBeRedeemed() {
        ClaimProcessEngine.eligibleCount = 0;

        ProcessInstance claim = submit();

        assertThat(claim)
                .hasPassed(GATEWAY_ANY_ELIGIBLE, END_REJECTED)
                .hasNotPassed(USER_CITY_REVIEW)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:REJECTED", "release", "notify");
    }

    @Test
    void shouldReleaseWithoutRedeemingWhenTheCityRejects() {
        ProcessInstance claim = submit();

        decide(claim, "REJECT");

        assertThat(claim)
                .hasPassed(END_REJECTED)
                .hasNotPassed(SERVICE_REDEEM_VOUCHERS)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).doesNotContain("redeem vouchers", "pay");
    }

    @Test
    void shouldAssessAgainAfterTheInstitutionCorrectsAReturnedClaim() {
        ProcessInstance claim = submit();
        decide(claim, "RETURN");
        assertThat(task(claim)).hasDefinitionKey(USER_CORRECT_CLAIM).isAssignedTo(TRAINER);

        complete(task(claim));

        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
        assertThat(ClaimProcessEngine.CALLS)
                .filteredOn("assess vouchers"::equals)
                .hasSize(2);
    }

    @Test
    void shouldWithdrawAReturnedClaimNotCorrectedInTime() {
        ProcessInstance claim = submit();
        decide(claim, "RETURN");

        execute(job(TIMER_CORRECTION_DEADLINE, claim));

        assertThat(claim).hasPassed(END_WITHDRAWN).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:WITHDRAWN", "release");
    }

    @Test
    void shouldEscalateAnOverdueReviewWhileTheTaskStaysOpen() {
        ProcessInstance claim = submit();

        execute(job(TIMER_CITY_OVERDUE, claim));

        assertThat(claim).hasPassed(END_CITY_ESCALATED).isWaitingAt(USER_CITY_REVIEW);
    }

    @Test
    void shouldPayAfterADismissedObjectionAndNotAfterAnUpheldOne() {
        ProcessInstance dismissed = inPublicNotice();
        ProcessInstance upheld = inPublicNotice();

        object(dismissed);
        decide(dismissed, "APPROVE");
        execute(job(dismissed));
        execute(job(dismissed));
        object(upheld);
        decide(upheld, "REJECT");

        assertThat(dismissed).hasPassed(USER_OBJECTION_REVIEW, END_PAID).isEnded();
        assertThat(upheld)
                .hasPassed(USER_OBJECTION_REVIEW, END_REJECTED)
                .hasNotPassed(SERVICE_PAY)
                .isEnded();
    }

    private static ProcessInstance inPublicNotice() {
        ProcessInstance claim = submit();
        decide(claim, "APPROVE");
        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        return claim;
    }

    private static void object(ProcessInstance claim) {
        runtimeService()
                .correlateMessage("objection_filed", claim.getBusinessKey(), Map.of("objectionReason", "学员未实际参训"));
    }

    private static ProcessInstance submit() {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        "redemption-" + System.nanoTime(),
                        withVariables(ClaimVariables.APPLICANT_ID, TRAINER, ClaimVariables.COUNTY_CODE, "411002"));
    }

    private static void decide(ProcessInstance claim, String decision) {
        complete(task(claim), withVariables("decision", decision, "comment", "培训券核验"));
    }
}
