package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.xuchang.hrss.subsidy.claim.ClaimProcessEngine;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.hiring.HiringSubsidyProcess;
import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;

/** The completion rules on the Java API of an in-memory engine, as our own code and the process tests meet them. */
@Deployment(
        resources = {
            "bpmn/hiring-subsidy.bpmn",
            "bpmn/hiring-subsidy-standard.dmn",
            "forms/hiring-claim-review.form",
            "forms/public-objection-review.form"
        })
class EngineCompletionRulesTest {

    private static final String REVIEWER = "county-a";
    private static final String COLLEAGUE = "county-b";
    private static final List<String> COUNTY = List.of("county-reviewer-411002");

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration())
            .build();

    @BeforeEach
    void reset() {
        ClaimProcessEngine.reset(engine.getProcessEngine());
    }

    @AfterEach
    void logOut() {
        identityService().clearAuthentication();
    }

    @Test
    void shouldRefuseAVariableTheTaskDoesNotDeclareAndLeaveTheTaskOpen() {
        ProcessInstance claim = startClaim();
        String taskId = task(claim).getId();

        EngineRefusal refused = catchThrowableOfType(
                () -> taskService().complete(taskId, withVariables("decision", "APPROVE", "returnedTo", "county-a")),
                EngineRefusal.class);

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.code()).isEqualTo("VARIABLE_NOT_ALLOWED");
        assertThat(claim).isWaitingAt(HiringSubsidyProcess.USER_COUNTY_REVIEW);
        assertThat(runtimeService().getVariable(claim.getId(), ReviewVariables.RETURNED_TO))
                .isNull();
    }

    @Test
    void shouldRefuseAReviewTaskCompletedWithoutADecision() {
        ProcessInstance claim = startClaim();

        EngineRefusal refused =
                catchThrowableOfType(() -> taskService().complete(task(claim).getId()), EngineRefusal.class);

        assertThat(refused.code()).isEqualTo("INVALID_DECISION");
        assertThat(claim).isWaitingAt(HiringSubsidyProcess.USER_COUNTY_REVIEW);
    }

    @Test
    void shouldLetOnlyTheAssigneeCompleteAClaimedTask() {
        ProcessInstance claim = startClaim();
        String taskId = task(claim).getId();
        taskService().claim(taskId, REVIEWER);

        identityService().setAuthentication(COLLEAGUE, COUNTY);
        EngineRefusal refused = catchThrowableOfType(
                () -> taskService().complete(taskId, withVariables("decision", "APPROVE")), EngineRefusal.class);
        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.code()).isEqualTo("TASK_CLAIMED_BY_OTHER");
        assertThat(claim).isWaitingAt(HiringSubsidyProcess.USER_COUNTY_REVIEW);

        identityService().setAuthentication(REVIEWER, COUNTY);
        taskService().complete(taskId, withVariables("decision", "APPROVE"));
        assertThat(claim).isWaitingAt(HiringSubsidyProcess.USER_CITY_REVIEW);
    }

    @Test
    void shouldRefuseAResolutionThatSetsAnUndeclaredVariable() {
        ProcessInstance claim = startClaim();
        String taskId = task(claim).getId();

        EngineRefusal refused = catchThrowableOfType(
                () -> taskService().resolveTask(taskId, Map.of("returnedTo", REVIEWER)), EngineRefusal.class);

        assertThat(refused.code()).isEqualTo("VARIABLE_NOT_ALLOWED");
        assertThat(runtimeService().getVariable(claim.getId(), ReviewVariables.RETURNED_TO))
                .isNull();
    }

    @Test
    void shouldNotLetAReviewerEndATaskByABpmnErrorOrAnEscalation() {
        ProcessInstance claim = startClaim();
        String taskId = task(claim).getId();
        engine.getProcessEngine().getProcessEngineConfiguration().setAuthorizationEnabled(true);
        try {
            identityService().setAuthentication(REVIEWER, COUNTY);
            EngineRefusal error =
                    catchThrowableOfType(() -> taskService().handleBpmnError(taskId, "approved"), EngineRefusal.class);
            EngineRefusal escalation =
                    catchThrowableOfType(() -> taskService().handleEscalation(taskId, "approved"), EngineRefusal.class);

            assertThat(error.code()).isEqualTo("TASK_ACTION_NOT_ALLOWED");
            assertThat(error.status()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(escalation.code()).isEqualTo("TASK_ACTION_NOT_ALLOWED");
        } finally {
            identityService().clearAuthentication();
            engine.getProcessEngine().getProcessEngineConfiguration().setAuthorizationEnabled(false);
        }
        assertThat(claim).isWaitingAt(HiringSubsidyProcess.USER_COUNTY_REVIEW);
    }

    private static ProcessInstance startClaim() {
        return runtimeService()
                .startProcessInstanceByKey(
                        HiringSubsidyProcess.KEY,
                        "claim-" + System.nanoTime(),
                        withVariables(
                                ClaimVariables.APPLICANT_ID,
                                "91411002MA46RX001D",
                                ClaimVariables.COUNTY_CODE,
                                "411002",
                                HiringSubsidyProcess.ENTERPRISE_SCALE,
                                "SMALL",
                                // the table's version as ClaimSubmissions records it: the only one deployed
                                ClaimVariables.STANDARD_VERSION,
                                Variables.integerValue(1, true)));
    }
}
