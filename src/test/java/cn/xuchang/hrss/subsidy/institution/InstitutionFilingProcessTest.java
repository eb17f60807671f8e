package cn.xuchang.hrss.subsidy.institution;

import static cn.xuchang.hrss.subsidy.institution.InstitutionFilingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.xuchang.hrss.subsidy.claim.ClaimProcessEngine;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of bpmn/institution-filing.bpmn, walked on an in-memory engine; the class must cover every element. */
@Deployment(
        resources = {
            "bpmn/institution-filing.bpmn",
            "forms/institution-filing-review.form",
            "forms/institution-onsite-inspection.form"
        })
class InstitutionFilingProcessTest {

    static final String INSTITUTION = "12411000MB0000001C";

    /** What the stand-in completeness check reports; a test sets it before starting or resubmitting. */
    static boolean complete = true;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration(Map.of(
                            "checkFilingCompleteness",
                            (JavaDelegate) execution -> {
                                ClaimProcessEngine.CALLS.add("check");
                                execution.setVariable(FILING_COMPLETE, complete);
                            },
                            "listFiledOccupations",
                            ClaimProcessEngine.recorder("list"),
                            "announceListing",
                            ClaimProcessEngine.recorder("announce"),
                            "notifyInstitution",
                            ClaimProcessEngine.recorder("notify"),
                            "filingStatus",
                            new StatusRecorder())))
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void reset() {
        // several process-test classes share the JVM, each with its own engine
        BpmnAwareTests.init(engine.getProcessEngine());
        ClaimProcessEngine.reset();
        complete = true;
    }

    @Test
    void shouldListAndAnnounceTheInstitutionWhenTheCityApproves() {
        ProcessInstance filing = startFiling();

        assertThat(filing).isWaitingAt(USER_FILING_REVIEW);
        assertThat(task(filing)).hasCandidateGroup("city-reviewer").hasFormKey(null);
        decide(filing, "APPROVE", "材料齐全");

        assertThat(filing).hasPassed(SERVICE_LIST, SERVICE_ANNOUNCE, END_LISTED).isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence(
                        "check",
                        "status:CITY_REVIEW",
                        "decision:user_filing_review=APPROVE",
                        "list",
                        "announce",
                        "notify");
    }

    @Test
    void shouldEndRejectedWithoutAReviewWhenTheFilingIsIncomplete() {
        complete = false;

        ProcessInstance filing = startFiling();

        assertThat(filing).hasPassed(SERVICE_NOTIFY_REJECTED, END_REJECTED).hasNotPassed(USER_FILING_REVIEW);
        assertThat(filing).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("check", "status:REJECTED", "notify");
    }

    @Test
    void shouldEndRejectedWhenTheCityRejects() {
        ProcessInstance filing = startFiling();

        decide(filing, "REJECT", "评价场地不符合要求");

        assertThat(filing).hasPassed(END_REJECTED).hasNotPassed(SERVICE_LIST).isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("decision:user_filing_review=REJECT", "status:REJECTED");
    }

    @Test
    void shouldListAfterAPassedOnSiteInspection() {
        ProcessInstance filing = startFiling();

        decide(filing, "INSPECT", "");
        assertThat(filing).isWaitingAt(USER_ONSITE_INSPECTION);
        assertThat(task(filing)).hasCandidateGroup("city-reviewer");
        decide(filing, "APPROVE", "场地设备齐全");

        assertThat(filing).hasPassed(SERVICE_LIST, END_LISTED).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:INSPECTION", "list");
    }

    @Test
    void shouldRejectAfterAFailedOnSiteInspection() {
        ProcessInstance filing = startFiling();
        decide(filing, "INSPECT", "");

        decide(filing, "REJECT", "无考核场地");

        assertThat(filing).hasPassed(END_REJECTED).hasNotPassed(SERVICE_LIST).isEnded();
    }

    @Test
    void shouldCheckAgainAndGoBackToTheReviewWhenTheInstitutionCorrectsAReturn() {
        ProcessInstance filing = startFiling();

        decide(filing, "RETURN", "请补充考评员名单");
        assertThat(filing).isWaitingAt(USER_CORRECT_FILING);
        assertThat(task(filing)).isAssignedTo(INSTITUTION);
        complete(task(filing));

        assertThat(filing).isWaitingAt(USER_FILING_REVIEW);
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("check", "status:RETURNED", "notify", "check", "status:CITY_REVIEW");
    }

    @Test
    void shouldWithdrawTheFilingWhenTheCorrectionDeadlinePasses() {
        ProcessInstance filing = startFiling();
        decide(filing, "RETURN", "请补充材料");

        execute(job(TIMER_CORRECTION_DEADLINE, filing));

        assertThat(filing).hasPassed(END_WITHDRAWN).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:WITHDRAWN", "notify");
    }

    @Test
    void shouldEscalateAnOverdueReviewAndKeepTheTaskOpen() {
        ProcessInstance filing = startFiling();

        execute(job(TIMER_REVIEW_OVERDUE, filing));

        assertThat(filing).hasPassed(END_ESCALATED).isWaitingAt(USER_FILING_REVIEW);
        assertThat(ClaimProcessEngine.CALLS).contains("escalate:user_filing_review>camunda-admin");
    }

    @Test
    void shouldEscalateAnOverdueInspectionAndKeepTheTaskOpen() {
        ProcessInstance filing = startFiling();
        decide(filing, "INSPECT", "");

        execute(job(TIMER_INSPECTION_OVERDUE, filing));

        assertThat(filing).hasPassed(END_INSPECTION_ESCALATED).isWaitingAt(USER_ONSITE_INSPECTION);
        assertThat(ClaimProcessEngine.CALLS).contains("escalate:user_onsite_inspection>camunda-admin");
    }

    private static ProcessInstance startFiling() {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        "filing-" + System.nanoTime(),
                        withVariables(INSTITUTION_ID, INSTITUTION, INSTITUTION_NAME, "许昌技能评价中心"));
    }

    private static void decide(ProcessInstance filing, String decision, String comment) {
        complete(task(filing), withVariables("decision", decision, "comment", comment));
    }

    public static class StatusRecorder {
        public void set(DelegateExecution execution, String status) {
            FilingStatus.valueOf(status);
            ClaimProcessEngine.CALLS.add("status:" + status);
        }
    }
}
