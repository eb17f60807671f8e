package cn.xuchang.hrss.subsidy.institution;

import static cn.xuchang.hrss.subsidy.institution.InstitutionExitProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xuchang.hrss.subsidy.claim.ClaimProcessEngine;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/institution-exit.bpmn, walked on an in-memory engine; the class must cover every element. */
@Deployment(
        resources = {
            "bpmn/institution-exit.bpmn",
            "forms/institution-exit-investigation.form",
            "forms/institution-rectification-check.form"
        })
class InstitutionExitProcessTest {

    static final Duration PERIOD = Duration.ofDays(30);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration(Map.of(
                            "exitInstitution",
                            ClaimProcessEngine.recorder("exit"),
                            "notifyInstitution",
                            ClaimProcessEngine.recorder("notify"),
                            "rectification",
                            new RectificationPeriod(new InstitutionProperties(PERIOD)),
                            "exitStatus",
                            new StatusRecorder())))
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void reset() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClaimProcessEngine.reset();
    }

    @Test
    void shouldExitAndExposeTheInstitutionWhenTheInvestigationDecidesSo() {
        ProcessInstance exit = startExit();

        assertThat(exit).isWaitingAt(USER_INVESTIGATION);
        assertThat(task(exit)).hasCandidateGroup("city-reviewer");
        decide(exit, "EXIT", "虚假评价，情节严重");

        assertThat(exit).hasPassed(SERVICE_EXIT, END_EXITED).isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("status:INVESTIGATION", "decision:user_exit_investigation=EXIT", "exit", "notify");
    }

    @Test
    void shouldRecordAPassWithoutAnyMeasureWhenTheYearShowsNoProblem() {
        ProcessInstance exit = startExit();

        decide(exit, "PASS", "");

        assertThat(exit)
                .hasPassed(SERVICE_NOTIFY_PASSED, END_PASSED)
                .hasNotPassed(END_WARNED, SERVICE_EXIT, TIMER_RECTIFICATION)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence(
                        "status:INVESTIGATION", "decision:user_exit_investigation=PASS", "status:PASSED", "notify")
                .doesNotContain("status:WARNED", "exit");
    }

    @Test
    void shouldOnlyWarnTheInstitutionOnAWarning() {
        ProcessInstance exit = startExit();

        decide(exit, "WARNING", "考评记录不完整");

        assertThat(exit).hasPassed(END_WARNED).hasNotPassed(SERVICE_EXIT).isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("status:WARNED", "notify")
                .doesNotContain("exit");
    }

    @Test
    void shouldCheckAgainWhenTheRectificationPeriodEndsAndCloseWhenRectified() {
        ProcessInstance exit = startExit();
        Date decided = ClockUtil.getCurrentTime();

        decide(exit, "RECTIFY", "限期30日整改");
        assertThat(exit).isWaitingAt(TIMER_RECTIFICATION);
        Job timer = job(TIMER_RECTIFICATION, exit);
        assertThat(timer.getDuedate()).isAfterOrEqualTo(new Date(decided.getTime() + PERIOD.toMillis() - 1000));
        execute(timer);
        assertThat(exit).isWaitingAt(USER_RECTIFICATION_CHECK);
        assertThat(task(exit)).hasCandidateGroup("city-reviewer");
        decide(exit, "RECTIFIED", "");

        assertThat(exit).hasPassed(END_RECTIFIED).hasNotPassed(SERVICE_EXIT).isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("status:RECTIFYING", "status:FOLLOW_UP", "status:RECTIFIED");
    }

    @Test
    void shouldExitTheInstitutionWhenTheFollowUpCheckFindsItNotRectified() {
        ProcessInstance exit = startExit();
        decide(exit, "RECTIFY", "限期整改");
        execute(job(TIMER_RECTIFICATION, exit));

        decide(exit, "EXIT", "逾期未整改");

        assertThat(exit).hasPassed(SERVICE_EXIT, END_EXITED).isEnded();
    }

    @Test
    void shouldEscalateAnOverdueInvestigationAndKeepTheTaskOpen() {
        ProcessInstance exit = startExit();

        execute(job(TIMER_INVESTIGATION_OVERDUE, exit));

        assertThat(exit).hasPassed(END_ESCALATED).isWaitingAt(USER_INVESTIGATION);
        assertThat(ClaimProcessEngine.CALLS).contains("escalate:user_exit_investigation>camunda-admin");
    }

    @Test
    void shouldEscalateAnOverdueFollowUpCheckAndKeepTheTaskOpen() {
        ProcessInstance exit = startExit();
        decide(exit, "RECTIFY", "限期整改");
        execute(job(TIMER_RECTIFICATION, exit));

        execute(job(TIMER_CHECK_OVERDUE, exit));

        assertThat(exit).hasPassed(END_CHECK_ESCALATED).isWaitingAt(USER_RECTIFICATION_CHECK);
        assertThat(ClaimProcessEngine.CALLS).contains("escalate:user_rectification_check>camunda-admin");
    }

    @Test
    void shouldRefuseADecisionTheInvestigationDoesNotOfferOrAnExitWithoutAReason() {
        ProcessInstance exit = startExit();
        String taskId = task(exit).getId();

        assertThrows(ProcessEngineException.class, () -> BpmnAwareTests.taskService()
                .complete(taskId, withVariables("decision", "APPROVE")));
        assertThrows(ProcessEngineException.class, () -> BpmnAwareTests.taskService()
                .complete(taskId, withVariables("decision", "EXIT", "comment", " ")));

        assertThat(exit).isWaitingAt(USER_INVESTIGATION);
    }

    private static ProcessInstance startExit() {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        "exit-" + System.nanoTime(),
                        withVariables(
                                INSTITUTION_ID,
                                "12411000MB0000001C",
                                EXIT_TRIGGER,
                                "COMPLAINT",
                                EXIT_DESCRIPTION,
                                "考生投诉评价过程不规范"));
    }

    private static void decide(ProcessInstance exit, String decision, String comment) {
        complete(task(exit), withVariables("decision", decision, "comment", comment));
    }

    public static class StatusRecorder {
        public void set(DelegateExecution execution, String status) {
            ExitStatus.valueOf(status);
            ClaimProcessEngine.CALLS.add("status:" + status);
        }
    }
}
