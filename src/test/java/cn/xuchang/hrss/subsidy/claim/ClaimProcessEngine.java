package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import cn.xuchang.hrss.subsidy.notification.Notification;
import cn.xuchang.hrss.subsidy.notification.NotificationMapper;
import cn.xuchang.hrss.subsidy.notification.Notifications;
import cn.xuchang.hrss.subsidy.review.CompletionRulesPlugin;
import cn.xuchang.hrss.subsidy.review.Deadlines;
import cn.xuchang.hrss.subsidy.review.RecordReviewDecision;
import cn.xuchang.hrss.subsidy.review.ReviewMapper;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import cn.xuchang.hrss.subsidy.startup.ExpertPanel;
import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import cn.xuchang.hrss.subsidy.startup.RecordExpertScore;
import cn.xuchang.hrss.subsidy.startup.ScoreBook;
import cn.xuchang.hrss.subsidy.startup.SummarizeExpertScores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * An in-memory engine for process tests of the claim processes: the BPMN runs as deployed, the beans it names are
 * stand-ins that record what was called, so that a test walks every path without registries or a ledger. The real
 * beans are exercised by the integration tests.
 */
public final class ClaimProcessEngine {

    /** What the stand-in beans were asked to do, in order: "status:COUNTY_REVIEW", "pay", "release", ... */
    public static final List<String> CALLS = new ArrayList<>();

    /** The experts' scores, kept in memory. */
    public static final InMemoryScores SCORES = new InMemoryScores();

    /** The eligible count the stand-in validation reports; a test sets it before starting or resubmitting. */
    public static int eligibleCount = 1;

    /** The count of lines only a reviewer can decide that the stand-in validation reports. */
    public static int reviewOnlyCount = 0;

    private ClaimProcessEngine() {}

    public static ProcessEngineConfigurationImpl configuration() {
        return configuration(Map.of());
    }

    /** The engine with the shared stand-ins plus a process's own ones (which win on a name clash). */
    public static ProcessEngineConfigurationImpl configuration(Map<String, Object> standIns) {
        ProcessCoverageInMemProcessEngineConfiguration configuration =
                new ProcessCoverageInMemProcessEngineConfiguration();
        String name = "process-test-" + UUID.randomUUID();
        // one engine per test class: engines are registered by name, and each class deploys its own process
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
        configuration.setHistory("full");
        // user and group ids with hyphens, as in application.yaml (county-reviewer-411002)
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9-]*");
        configuration.setJobExecutorActivate(false);
        Map<Object, Object> beans = beans();
        beans.putAll(standIns);
        configuration.setBeans(beans);
        // JSON object variables, as the application stores them (the scores for the city's form)
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        configuration.setDefaultSerializationFormat("application/json");
        // the completion rules of the application's engine; a task done once per user is the scoring task
        configuration
                .getProcessEnginePlugins()
                .add(new CompletionRulesPlugin((claimId, taskKey, userId) -> SCORES.hasScored(claimId, userId)));
        return configuration;
    }

    private static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate validate = execution -> {
            CALLS.add("validate");
            execution.setVariable(ClaimVariables.ELIGIBLE_COUNT, eligibleCount);
            execution.setVariable(ClaimVariables.REVIEW_ONLY_COUNT, reviewOnlyCount);
        };
        beans.put("validateHiringClaim", validate);
        beans.put("validateEvaluationClaim", validate);
        beans.put("validateReferralClaim", validate);
        beans.put("claimStatus", new StatusRecorder());
        beans.put("keepDecisionResult", new KeepDecisionResult());
        beans.put("deadlines", new Deadlines(SubsidyProperties.defaults()));
        beans.put(
                "recordReviewDecision",
                new RecordReviewDecision(new NoReviewTable(), new Notifications(new NoNotificationTable())));
        beans.put("notifyApplicant", new Notifier());
        beans.put("startPublicNotice", (JavaDelegate) execution -> {
            CALLS.add("notice");
            execution.setVariable(
                    "publicNoticeEnds", new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
        });
        beans.put("payClaim", (JavaDelegate) execution -> CALLS.add("pay"));
        beans.put("releaseClaimGrants", (JavaDelegate) execution -> CALLS.add("release"));
        beans.put("recordNothingPayable", (JavaDelegate) execution -> {
            CALLS.add("nothing-payable");
            execution.setVariable(ClaimVariables.OUTCOME, ClaimVariables.NOTHING_PAYABLE);
        });
        beans.put("recordExpertScore", new RecordExpertScore(new NoReviewTable(), SCORES));
        beans.put("summarizeExpertScores", new SummarizeExpertScores(SCORES));
        beans.put("expertPanel", new ExpertPanel());
        beans.put("bookStartupAward", (JavaDelegate)
                execution -> CALLS.add("book:" + execution.getVariable("reviewAmount")));
        beans.put("escalateOverdueReview", (JavaDelegate) execution -> CALLS.add("escalate:"
                + execution.getVariableLocal("overdueTask") + ">" + execution.getVariableLocal("escalateTo")));
        return beans;
    }

    /**
     * Before each test: the assertions talk to this test class's engine (several process-test classes share one JVM,
     * each with its own engine), and the stand-ins forget the previous test.
     */
    public static void reset(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        reset();
    }

    public static void reset() {
        CALLS.clear();
        SCORES.scores.clear();
        eligibleCount = 1;
        reviewOnlyCount = 0;
        ClockUtil.reset();
    }

    public static class StatusRecorder {
        public void set(DelegateExecution execution, String status) {
            ClaimStatus.valueOf(status);
            CALLS.add("status:" + status);
        }
    }

    /** A stand-in that records {@code name} for a service task, a listener or a task listener. */
    public static Notifier recorder(String name) {
        return new Notifier(name);
    }

    public static class Notifier implements JavaDelegate, ExecutionListener, TaskListener {
        private final String name;

        Notifier() {
            this("notify");
        }

        Notifier(String name) {
            this.name = name;
        }

        @Override
        public void execute(DelegateExecution execution) {
            CALLS.add(name);
        }

        @Override
        public void notify(DelegateExecution execution) {
            CALLS.add(name);
        }

        @Override
        public void notify(DelegateTask task) {
            CALLS.add(name);
        }
    }

    static class NoNotificationTable implements NotificationMapper {
        @Override
        public void insert(Notification notification) {
            CALLS.add("message:" + notification.kind() + ">" + notification.recipient());
        }

        @Override
        public List<Notification> findFor(String userId, java.util.Collection<String> groups, int limit) {
            return List.of();
        }

        @Override
        public List<Notification> findByClaim(String claimId) {
            return List.of();
        }
    }

    static class NoReviewTable implements ReviewMapper {
        @Override
        public void insert(ReviewRecord record) {
            CALLS.add("decision:" + record.taskKey() + "=" + record.decision());
        }

        @Override
        public List<ReviewRecord> findByClaim(String claimId) {
            return List.of();
        }

        @Override
        public List<ReviewRecord> findByClaims(List<String> claimIds) {
            return List.of();
        }

        @Override
        public int countByReviewer(String claimId, String taskKey, String decidedBy) {
            return 0;
        }
    }

    /** The scores of each application, in the order given; an expert scoring twice is refused as the table would. */
    public static class InMemoryScores implements ScoreBook {
        final Map<String, List<Score>> scores = new HashMap<>();
        public final Map<String, BigDecimal> means = new HashMap<>();

        @Override
        public void add(String claimId, String taskId, Score score) {
            if (hasScored(claimId, score.expertId())) {
                throw new IllegalStateException("duplicate key: " + claimId + "/" + score.expertId());
            }
            scores.computeIfAbsent(claimId, k -> new ArrayList<>()).add(score);
            CALLS.add("score:" + score.expertId() + "=" + score.score());
        }

        @Override
        public boolean hasScored(String claimId, String expertId) {
            return scoresOf(claimId).stream().anyMatch(s -> s.expertId().equals(expertId));
        }

        @Override
        public List<Score> scoresOf(String claimId) {
            return scores.getOrDefault(claimId, List.of());
        }

        @Override
        public void setMean(String claimId, BigDecimal mean) {
            means.put(claimId, mean);
        }
    }
}
