package cn.xuchang.hrss.subsidy.hiring;

import static cn.xuchang.hrss.subsidy.hiring.HiringSubsidyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xuchang.hrss.subsidy.claim.ClaimProcessEngine;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.review.ReviewActions;
import cn.xuchang.hrss.subsidy.review.ReviewTrail;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
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
    void shouldShowTheCityTheCountysDecisionAndCommentAndKeepEveryDecisionInTheTrail() throws Exception {
        ProcessInstance claim = startClaim("SMALL");

        decide(claim, "RETURN", "缺少劳动合同");
        complete(task(claim));
        decide(claim, "APPROVE", "材料齐全");

        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
        JsonNode trail = trail(claim);
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).path("step").asText()).isEqualTo("县区初审");
        assertThat(trail.get(0).path("decision").asText()).isEqualTo("退回补正");
        assertThat(trail.get(0).path("comment").asText()).isEqualTo("缺少劳动合同");
        assertThat(trail.get(1).path("decision").asText()).isEqualTo("通过");
        assertThat(trail.get(1).path("comment").asText()).isEqualTo("材料齐全");
        assertThat(trail.get(1).path("decidedBy").asText()).isNotBlank();
        assertThat(trail.get(1).path("decidedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        decide(claim, "RETURN_PREVIOUS", "请县区核实社保缴费");
        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(trail(claim)).hasSize(3);
        assertThat(trail(claim).get(2).path("step").asText()).isEqualTo("市级复审");
        assertThat(trail(claim).get(2).path("decision").asText()).isEqualTo("退回上一环节");
    }

    private static JsonNode trail(ProcessInstance claim) throws Exception {
        ObjectValue stored = runtimeService().getVariableTyped(claim.getId(), ReviewTrail.VARIABLE, false);
        return new ObjectMapper().readTree(stored.getValueSerialized());
    }

    @Test
    void shouldTakeTheAmountsFromTheDecisionTable() {
        ProcessInstance claim = startClaim("MEDIUM");

        // the evaluation is recorded with the claim's history (its validation reads the result in the same
        // transaction), not copied into variables
        HistoricDecisionInstance evaluation = historyService()
                .createHistoricDecisionInstanceQuery()
                .processInstanceId(claim.getId())
                .includeInputs()
                .includeOutputs()
                .singleResult();
        assertThat(evaluation.getDecisionDefinitionKey()).isEqualTo(DECISION_KEY);
        assertThat(evaluation.getActivityId()).isEqualTo(RULE_STANDARD);
        assertThat(evaluation.getInputs())
                .extracting(HistoricDecisionInputInstance::getValue)
                .containsExactly("MEDIUM");
        assertThat(evaluation.getOutputs())
                .extracting(HistoricDecisionOutputInstance::getVariableName, HistoricDecisionOutputInstance::getValue)
                .containsExactlyInAnyOrder(tuple(AMOUNT_PER_PERSON, 1000L), tuple(ENTERPRISE_CAP, 2_000_000L));
        assertThat(claim).variables().doesNotContainKeys(AMOUNT_PER_PERSON, ENTERPRISE_CAP, "hiringStandard");
    }

    @Test
    void shouldEvaluateTheVersionTheClaimRecorded() {
        String first = repositoryService()
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_KEY)
                .latestVersion()
                .singleResult()
                .getId();
        int recorded = repositoryService().getDecisionDefinition(first).getVersion();
        String redeployed = repositoryService()
                .createDeployment()
                .addClasspathResource("bpmn/hiring-subsidy-standard.dmn")
                .deploy()
                .getId();
        try {
            ProcessInstance claim = startClaim("SMALL", recorded);

            assertThat(historyService()
                            .createHistoricDecisionInstanceQuery()
                            .processInstanceId(claim.getId())
                            .singleResult()
                            .getDecisionDefinitionId())
                    .isEqualTo(first);
        } finally {
            repositoryService().deleteDeployment(redeployed, true);
        }
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
    void shouldSendACityReturnBackToTheEnterpriseAndThenStraightToTheCityReviewerWhoReturnedIt() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");

        identityService().setAuthenticatedUserId("city-reviewer-wang");
        try {
            decide(claim, "RETURN", "缺少社保缴费证明");
        } finally {
            identityService().clearAuthentication();
        }
        assertThat(claim).isWaitingAt(USER_CORRECT_CLAIM);
        complete(task(claim));

        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
        assertThat(task(claim)).isAssignedTo("city-reviewer-wang");
        decide(claim, "APPROVE", "补正后材料齐全");
        assertThat(claim).variables().doesNotContainKey("returnedTo").doesNotContainKey("returnedFrom");
    }

    @Test
    void shouldGoBackToTheCountyReviewerWhenTheCityReturnsToThePreviousStep() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");
        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);

        ReviewActions.moveBack(
                runtimeService(), claim.getId(), USER_CITY_REVIEW, USER_COUNTY_REVIEW, "county-reviewer-li");

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(task(claim)).isAssignedTo("county-reviewer-li");
        decide(claim, "APPROVE", "已核实");
        assertThat(claim).isWaitingAt(USER_CITY_REVIEW);
    }

    @Test
    void shouldGoBackToTheCountyReviewWhenTheCityDecidesToReturnToThePreviousStep() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");

        decide(claim, "RETURN_PREVIOUS", "请县区核实社保缴费");

        assertThat(claim)
                .isWaitingAt(USER_COUNTY_REVIEW)
                .hasPassedInOrder(USER_CITY_REVIEW, "gateway_city_decision", "gateway_county_merge");
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("decision:user_city_review=RETURN_PREVIOUS", "status:COUNTY_REVIEW");
    }

    @Test
    void shouldRefuseReturnToThePreviousStepAtTheCountyWhichHasNone() {
        ProcessInstance claim = startClaim("SMALL");
        String taskId = task(claim).getId();

        assertThrows(ProcessEngineException.class, () -> taskService()
                .complete(taskId, withVariables("decision", "RETURN_PREVIOUS", "comment", "x")));
        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
    }

    @Test
    void shouldTellTheCarbonCopiedUserTheDecision() {
        ProcessInstance claim = startClaim("SMALL");
        // a carbon copy goes to workflow users only (USER_NOT_REVIEWER otherwise): the bureau's leader reviews for the
        // city
        if (identityService().createUserQuery().userId("bureau-leader").count() == 0) {
            identityService().saveUser(identityService().newUser("bureau-leader"));
            if (identityService().createGroupQuery().groupId("city-reviewer").count() == 0) {
                identityService().saveGroup(identityService().newGroup("city-reviewer"));
            }
            identityService().createMembership("bureau-leader", "city-reviewer");
        }

        complete(task(claim), withVariables("decision", "APPROVE", "comment", "同意", "ccUserId", "bureau-leader"));

        assertThat(ClaimProcessEngine.CALLS).contains("message:CARBON_COPY>bureau-leader");
        assertThat(claim).variables().doesNotContainKey("ccUserId");
    }

    @Test
    void shouldReopenTheCountyReviewWhenItsApprovalIsWithdrawnBeforeTheCityActs() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");

        ReviewActions.moveBack(
                runtimeService(), claim.getId(), USER_CITY_REVIEW, USER_COUNTY_REVIEW, "county-reviewer-li");

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(claim).hasNotPassed(END_REJECTED);
        decide(claim, "REJECT", "撤回后复核，不符合条件");
        assertThat(claim).hasPassed(END_REJECTED).isEnded();
    }

    @Test
    void shouldSendACountyReturnStraightBackToTheCountyReviewerWhoReturnedIt() {
        ProcessInstance claim = startClaim("SMALL");
        identityService().setAuthenticatedUserId("county-reviewer-li");
        try {
            decide(claim, "RETURN", "请补充劳动合同");
        } finally {
            identityService().clearAuthentication();
        }

        complete(task(claim));

        assertThat(claim).isWaitingAt(USER_COUNTY_REVIEW);
        assertThat(task(claim)).isAssignedTo("county-reviewer-li");
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
                .containsEntry("reviewComment", "同意");
        // the outcome went to the gateways in the completion's transaction and is kept as the task's comment (and in
        // review_decision), not as a variable
        assertThat(claim).isWaitingAt(USER_CITY_REVIEW).variables().doesNotContainKey("reviewOutcome");
        assertThat(taskService().getProcessInstanceComments(claim.getId()))
                .extracting(Comment::getFullMessage)
                .containsExactly("通过：同意");
    }

    private ProcessInstance startInPublicNotice() {
        ProcessInstance claim = startClaim("SMALL");
        decide(claim, "APPROVE", "");
        decide(claim, "APPROVE", "");
        assertThat(claim).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        return claim;
    }

    private static ProcessInstance startClaim(String scale) {
        return startClaim(
                scale,
                repositoryService()
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey(DECISION_KEY)
                        .latestVersion()
                        .singleResult()
                        .getVersion());
    }

    /** A claim as ClaimSubmissions starts it, recording the decision table's version {@code standardVersion}. */
    private static ProcessInstance startClaim(String scale, int standardVersion) {
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
                                scale,
                                ClaimVariables.STANDARD_VERSION,
                                Variables.integerValue(standardVersion, true)));
    }

    private static void decide(ProcessInstance claim, String decision, String comment) {
        complete(task(claim), withVariables("decision", decision, "comment", comment));
    }
}
