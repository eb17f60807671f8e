package cn.xuchang.hrss.subsidy.voucher;

import static cn.xuchang.hrss.subsidy.voucher.TrainingVoucherProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.xuchang.hrss.subsidy.claim.ClaimProcessEngine;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/training-voucher.bpmn (one voucher, issue to redemption, expiry or lapse); full coverage. */
@Deployment(resources = "bpmn/training-voucher.bpmn")
class TrainingVoucherProcessTest {

    static final LocalDate EXPIRES_ON = LocalDate.now().plusMonths(12).minusDays(1);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration(Map.of(
                            "expireTrainingVoucher", ClaimProcessEngine.recorder("expire"),
                            "lapseTrainingVoucher", ClaimProcessEngine.recorder("lapse"))))
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void reset() {
        ClaimProcessEngine.reset(engine.getProcessEngine());
    }

    @Test
    void shouldFollowTheVoucherFromIssueThroughTrainingAndCertificateToRedemption() {
        ProcessInstance voucher = issue();
        assertThat(voucher).isWaitingAt(GATEWAY_AWAIT_ENROLMENT);

        send(voucher, ENROLLED);
        assertThat(voucher).isWaitingAt(GATEWAY_AWAIT_COMPLETION);
        send(voucher, COMPLETED);
        assertThat(voucher).isWaitingAt(GATEWAY_AWAIT_CERTIFICATE);
        send(voucher, CERTIFIED);
        assertThat(voucher).isWaitingAt(MESSAGE_REDEEMED);
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(voucher.getId())
                        .count())
                .as("a certified voucher no longer lapses")
                .isZero();
        send(voucher, REDEEMED);

        assertThat(voucher).hasPassed(END_REDEEMED).isEnded();
        assertThat(ClaimProcessEngine.CALLS).doesNotContain("expire", "lapse");
    }

    @Test
    void shouldExpireAVoucherNotEnrolledByItsLastValidDay() {
        ProcessInstance voucher = issue();
        Job deadline = job(TIMER_NOT_ENROLLED, voucher);
        assertThat(deadline.getDuedate()).isEqualTo(TrainingVoucherProcess.validUntil(EXPIRES_ON));

        execute(deadline);

        assertThat(voucher)
                .hasPassed(SERVICE_EXPIRE, END_EXPIRED)
                .hasNotPassed(MESSAGE_ENROLLED)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsExactly("expire");
    }

    @Test
    void shouldLapseAVoucherEnrolledButNotTrainedInTime() {
        ProcessInstance voucher = issue();
        send(voucher, ENROLLED);

        execute(job(TIMER_NOT_TRAINED, voucher));

        assertThat(voucher)
                .hasPassed(SERVICE_LAPSE, END_LAPSED)
                .hasNotPassed(MESSAGE_COMPLETED)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsExactly("lapse");
    }

    @Test
    void shouldLapseAVoucherTrainedButNotCertifiedInTime() {
        ProcessInstance voucher = issue();
        send(voucher, ENROLLED);
        send(voucher, COMPLETED);

        execute(job(TIMER_NOT_CERTIFIED, voucher));

        assertThat(voucher)
                .hasPassed(GATEWAY_LAPSE_MERGE, SERVICE_LAPSE, END_LAPSED)
                .hasNotPassed(MESSAGE_CERTIFIED)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsExactly("lapse");
    }

    private static ProcessInstance issue() {
        String code = "PXQ2026TEST" + System.nanoTime() % 1_000_000;
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        code,
                        withVariables(VOUCHER_CODE, code, VALID_UNTIL, TrainingVoucherProcess.validUntil(EXPIRES_ON)));
    }

    private static void send(ProcessInstance voucher, String message) {
        runtimeService()
                .createMessageCorrelation(message)
                .processInstanceBusinessKey(voucher.getBusinessKey())
                .correlate();
    }
}
