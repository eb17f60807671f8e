package cn.xuchang.hrss.subsidy.startup;

import static cn.xuchang.hrss.subsidy.startup.StartupAwardProcess.*;
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
import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of bpmn/startup-award.bpmn on an in-memory engine: the real score listener and summary over an in-memory
 * score book, stand-ins for the ledger steps. The class must cover every element.
 */
@Deployment(
        resources = {
            "bpmn/startup-award.bpmn",
            "bpmn/startup-award-standard.dmn",
            "forms/startup-county-recommendation.form",
            "forms/startup-expert-score.form",
            "forms/startup-city-decision.form",
            "forms/public-objection-review.form"
        })
class StartupAwardProcessTest {

    private static final String ENTERPRISE = "91411002MA46RX001D";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(
                    ClaimProcessEngine.configuration())
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final List<String> EXPERTS = List.of("expert1", "expert2", "expert3", "expert4", "expert5");

    @BeforeEach
    void reset() {
        ClaimProcessEngine.reset(engine.getProcessEngine());
        IdentityService identity = engine.getProcessEngine().getIdentityService();
        if (identity.createGroupQuery().groupId(Groups.EXPERT).count() == 0) {
            identity.saveGroup(identity.newGroup(Groups.EXPERT));
        }
        for (String expert : EXPERTS) {
            if (identity.createUserQuery().userId(expert).count() == 0) {
                identity.saveUser(identity.newUser(expert));
            }
            if (identity.createUserQuery()
                            .userId(expert)
                            .memberOfGroup(Groups.EXPERT)
                            .count()
                    == 0) {
                identity.createMembership(expert, Groups.EXPERT);
            }
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldPayAProjectTheAmountTheCityDecidesAfterRecommendationAndThreeExpertScores() {
        ProcessInstance application = start("PROJECT", 3);

        assertThat(application).isWaitingAt(USER_COUNTY_RECOMMENDATION);
        assertThat(task(application)).hasCandidateGroup("county-reviewer-411002");
        decide(application, "RECOMMEND", "符合条件，予以推荐");
        assertThat(application).isWaitingAt(USER_EXPERT_SCORING);
        List<Task> scoring = scoringTasks(application);
        assertThat(scoring).hasSize(3);
        assertThat(scoring).allSatisfy(StartupAwardProcessTest::assertExpertGroupIsCandidate);
        score(scoring.get(0), "expert1", 80);
        score(scoring.get(1), "expert2", 90);
        assertThat(application).isWaitingAt(USER_EXPERT_SCORING);
        score(scoring.get(2), "expert3", 75);

        assertThat(application).hasPassed(SERVICE_SUMMARIZE_SCORES).isWaitingAt(USER_CITY_DECISION);
        assertThat(task(application)).hasCandidateGroup("city-reviewer");
        assertThat(application).variables().containsEntry(SCORE_MEAN, 81.67).containsKey(EXPERT_SCORES);
        assertThat(ClaimProcessEngine.SCORES.means).containsValue(new BigDecimal("81.67"));
        complete(task(application), withVariables("decision", "APPROVE", "comment", "同意", "amount", 80_000));

        assertThat(application).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        execute(job(application));
        execute(job(application));
        assertThat(application)
                .hasPassed(SERVICE_BOOK_AWARD, SERVICE_START_NOTICE, TIMER_NOTICE_ENDS, SERVICE_PAY, END_PAID)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence(
                        "status:COUNTY_RECOMMENDATION",
                        "decision:user_county_recommendation=RECOMMEND",
                        "status:EXPERT_SCORING",
                        "score:expert1=80",
                        "score:expert3=75",
                        "status:CITY_DECISION",
                        "decision:user_city_decision=APPROVE",
                        "book:80000",
                        "notice",
                        "pay",
                        "notify")
                .doesNotContain("release");
    }

    @Test
    void shouldAwardAParkItsFixedAmountWithoutTheCityNamingIt() {
        ProcessInstance application = inCityDecision("PARK");
        assertThat(application).variables().containsEntry(MIN_AMOUNT, 200_000L).containsEntry(MAX_AMOUNT, 200_000L);

        decide(application, "APPROVE", "同意");

        assertThat(ClaimProcessEngine.CALLS).contains("book:200000");
        assertThat(application).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
    }

    @Test
    void shouldAskAsManyExpertsAsConfigured() {
        ProcessInstance application = start("PROJECT", 5);
        decide(application, "RECOMMEND", "");

        assertThat(scoringTasks(application)).hasSize(5);
    }

    @Test
    void shouldGiveEachCardToOneNamedExpertTheLeastBusyFirstTiesById() {
        ProcessInstance first = start("PROJECT", 3);
        decide(first, "RECOMMEND", "");
        ProcessInstance second = start("PARK", 3);
        decide(second, "RECOMMEND", "");

        assertThat(scoringTasks(first))
                .allSatisfy(StartupAwardProcessTest::assertExpertGroupIsCandidate)
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("expert1", "expert2", "expert3");
        assertThat(scoringTasks(second))
                .extracting(Task::getAssignee)
                .as("expert4 and expert5 hold no card yet, then expert1 by id among those holding one")
                .containsExactlyInAnyOrder("expert4", "expert5", "expert1");
    }

    @Test
    void shouldDrawAsManyExpertsAsThereAreWhenTheGroupIsSmallerThanAsked() {
        long members = engine.getProcessEngine()
                .getIdentityService()
                .createUserQuery()
                .memberOfGroup(Groups.EXPERT)
                .count();
        ProcessInstance application = start("PROJECT", (int) members + 2);
        decide(application, "RECOMMEND", "");

        List<Task> cards = scoringTasks(application);
        assertThat(cards).hasSize((int) members);
        assertThat(cards.stream().map(Task::getAssignee).distinct()).hasSize((int) members);
    }

    @Test
    void shouldRefuseTheRecommendationWhileTheExpertGroupIsEmptyAndKeepTheCountysTask() {
        IdentityService identity = engine.getProcessEngine().getIdentityService();
        List<String> members = identity.createUserQuery().memberOfGroup(Groups.EXPERT).list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId)
                .toList();
        members.forEach(member -> identity.deleteMembership(member, Groups.EXPERT));
        try {
            ProcessInstance application = start("PROJECT", 3);
            ProcessEngineException thrown =
                    assertThrows(ProcessEngineException.class, () -> decide(application, "RECOMMEND", "予以推荐"));
            // the collection's expression wraps it; the engine's REST API answers the refusal found among the causes
            EngineRefusal refused =
                    (EngineRefusal) org.apache.commons.lang3.exception.ExceptionUtils.getThrowableList(thrown).stream()
                            .filter(EngineRefusal.class::isInstance)
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no EngineRefusal in " + thrown));

            assertThat(refused.code()).isEqualTo("NO_EXPERTS");
            assertThat(refused.status().value()).isEqualTo(409);
            assertThat(refused.getMessage()).contains("专家组", "没有专家");
            assertThat(application).isWaitingAt(USER_COUNTY_RECOMMENDATION);
        } finally {
            members.forEach(member -> identity.createMembership(member, Groups.EXPERT));
        }
    }

    @Test
    void shouldRefuseASecondScoreOfTheSameExpertAndKeepTheTaskOpen() {
        ProcessInstance application = start("PROJECT", 3);
        decide(application, "RECOMMEND", "");
        List<Task> scoring = scoringTasks(application);
        score(scoring.get(0), "expert1", 80);

        taskService().setAssignee(scoring.get(1).getId(), "expert1");
        assertThrows(ProcessEngineException.class, () -> taskService()
                .complete(scoring.get(1).getId(), withVariables("score", 95, "comment", "再评一次")));

        assertThat(scoringTasks(application)).hasSize(2);
        assertThat(ClaimProcessEngine.SCORES.scoresOf(application.getBusinessKey()))
                .hasSize(1);
    }

    @Test
    void shouldRefuseAScoreOutsideZeroToAHundredOrNotAWholeNumber() {
        ProcessInstance application = start("PROJECT", 3);
        decide(application, "RECOMMEND", "");
        String taskId = scoringTasks(application).get(0).getId();
        taskService().setAssignee(taskId, "expert1");

        for (Object bad : new Object[] {101, -1, 85.5, "90", null}) {
            assertThrows(
                    ProcessEngineException.class,
                    () -> taskService().complete(taskId, withVariables("score", bad)),
                    String.valueOf(bad));
        }

        assertThat(scoringTasks(application)).hasSize(3);
        taskService().complete(taskId, withVariables("score", 100));
        assertThat(scoringTasks(application)).hasSize(2);
    }

    @Test
    void shouldRefuseAProjectAmountAboveTheLimitAndKeepTheDecisionOpen() {
        ProcessInstance application = inCityDecision("PROJECT");
        String taskId = task(application).getId();

        for (Object bad : new Object[] {100_001, 0, null, 5000.5}) {
            assertThrows(
                    ProcessEngineException.class,
                    () -> taskService().complete(taskId, withVariables("decision", "APPROVE", "amount", bad)),
                    String.valueOf(bad));
        }

        assertThat(application).isWaitingAt(USER_CITY_DECISION);
        taskService().complete(taskId, withVariables("decision", "APPROVE", "amount", 100_000));
        assertThat(ClaimProcessEngine.CALLS).contains("book:100000");
    }

    @Test
    void shouldReleaseTheReservationWhenTheCountyDoesNotRecommend() {
        ProcessInstance application = start("PROJECT", 3);

        decide(application, "REJECT", "不符合返乡创业条件");

        assertThat(application)
                .hasPassed(SERVICE_RELEASE, END_REJECTED)
                .hasNotPassed(USER_EXPERT_SCORING)
                .isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:REJECTED", "release", "notify");
    }

    @Test
    void shouldReleaseTheReservationWhenTheCityRejects() {
        ProcessInstance application = inCityDecision("PROJECT");

        decide(application, "REJECT", "评分偏低");

        assertThat(application)
                .hasPassed(END_REJECTED)
                .hasNotPassed(SERVICE_BOOK_AWARD)
                .isEnded();
    }

    @Test
    void shouldSendAReturnedApplicationBackToTheCountyAfterTheCorrection() {
        ProcessInstance application = start("PROJECT", 3);
        decide(application, "RETURN", "请补充营业执照");
        assertThat(application).isWaitingAt(USER_CORRECT_APPLICATION);
        assertThat(task(application)).isAssignedTo(ENTERPRISE);

        complete(task(application));

        assertThat(application).isWaitingAt(USER_COUNTY_RECOMMENDATION);
        assertThat(ClaimProcessEngine.CALLS)
                .containsSubsequence("status:RETURNED", "notify", "status:COUNTY_RECOMMENDATION");
    }

    @Test
    void shouldWithdrawTheApplicationWhenTheCorrectionDeadlinePasses() {
        ProcessInstance application = start("PROJECT", 3);
        decide(application, "RETURN", "请补充材料");

        execute(job(TIMER_CORRECTION_DEADLINE, application));

        assertThat(application).hasPassed(SERVICE_WITHDRAW, END_WITHDRAWN).isEnded();
        assertThat(ClaimProcessEngine.CALLS).containsSubsequence("status:WITHDRAWN", "release", "notify");
    }

    @Test
    void shouldEscalateOverdueRecommendationsAndDecisionsAndKeepTheTasksOpen() {
        ProcessInstance application = start("PROJECT", 1);
        execute(job(TIMER_COUNTY_OVERDUE, application));
        assertThat(application).hasPassed(END_COUNTY_ESCALATED).isWaitingAt(USER_COUNTY_RECOMMENDATION);
        decide(application, "RECOMMEND", "");
        score(scoringTasks(application).get(0), "expert1", 70);

        execute(job(TIMER_CITY_OVERDUE, application));

        assertThat(application).hasPassed(END_CITY_ESCALATED).isWaitingAt(USER_CITY_DECISION);
        assertThat(ClaimProcessEngine.CALLS)
                .contains(
                        "escalate:user_county_recommendation>city-reviewer",
                        "escalate:user_city_decision>camunda-admin");
    }

    @Test
    void shouldRejectWhenAnObjectionIsUpheldAndPayWhenItIsDismissed() {
        ProcessInstance upheld = inPublicNotice();
        runtimeService()
                .correlateMessage("objection_filed", upheld.getBusinessKey(), Map.of("objectionReason", "项目并非返乡创业"));
        assertThat(upheld).isWaitingAt(USER_OBJECTION_REVIEW);
        decide(upheld, "REJECT", "异议属实");
        assertThat(upheld).hasPassed(END_REJECTED).hasNotPassed(SERVICE_PAY).isEnded();

        ProcessInstance dismissed = inPublicNotice();
        runtimeService()
                .correlateMessage("objection_filed", dismissed.getBusinessKey(), Map.of("objectionReason", "怀疑虚报"));
        decide(dismissed, "APPROVE", "异议不成立");
        execute(job(dismissed));
        execute(job(dismissed));
        assertThat(dismissed).hasPassed(END_PAID).isEnded();
    }

    private ProcessInstance inPublicNotice() {
        ProcessInstance application = inCityDecision("PARK");
        decide(application, "APPROVE", "");
        assertThat(application).isWaitingAt(GATEWAY_PUBLIC_NOTICE);
        return application;
    }

    private ProcessInstance inCityDecision(String category) {
        ProcessInstance application = start(category, 2);
        decide(application, "RECOMMEND", "");
        List<Task> scoring = scoringTasks(application);
        score(scoring.get(0), "expert1", 60);
        score(scoring.get(1), "expert2", 70);
        assertThat(application).isWaitingAt(USER_CITY_DECISION);
        return application;
    }

    private static ProcessInstance start(String category, int experts) {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        "application-" + System.nanoTime(),
                        withVariables(
                                ClaimVariables.APPLICANT_ID,
                                ENTERPRISE,
                                ClaimVariables.COUNTY_CODE,
                                "411002",
                                CATEGORY,
                                category,
                                EXPERT_COUNT,
                                experts));
    }

    private static void assertExpertGroupIsCandidate(Task card) {
        assertThat(taskService().getIdentityLinksForTask(card.getId())).anySatisfy(link -> {
            assertThat(link.getGroupId()).isEqualTo("expert");
            assertThat(link.getType()).isEqualTo("candidate");
        });
    }

    private static List<Task> scoringTasks(ProcessInstance application) {
        return taskService()
                .createTaskQuery()
                .processInstanceId(application.getId())
                .taskDefinitionKey(USER_EXPERT_SCORING)
                .list();
    }

    private static void score(Task task, String expert, int score) {
        taskService().setAssignee(task.getId(), expert);
        taskService().complete(task.getId(), withVariables("score", score, "comment", "评分意见"));
    }

    private static void decide(ProcessInstance application, String decision, String comment) {
        complete(task(application), withVariables("decision", decision, "comment", comment));
    }
}
