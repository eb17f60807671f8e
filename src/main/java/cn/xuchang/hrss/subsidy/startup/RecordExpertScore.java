package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.review.ReviewMapper;
import cn.xuchang.hrss.subsidy.review.ReviewRecord;
import cn.xuchang.hrss.subsidy.review.ReviewRules;
import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * On completion of an expert's scoring task: checks the score against the task's range, refuses a second score of the
 * same expert for the same application (the task property {@code oncePerUser}; the database's unique key backs it up),
 * stores the score and records who scored, when, what and why. The expert's own variables are then cleared, so the
 * other experts' forms start empty.
 */
@Component("recordExpertScore")
public class RecordExpertScore implements TaskListener {

    private static final int[] DEFAULT_RANGE = {0, 100};

    private final ReviewMapper reviews;
    private final ScoreBook scores;

    public RecordExpertScore(ReviewMapper reviews, ScoreBook scores) {
        this.reviews = reviews;
        this.scores = scores;
    }

    @Override
    public void notify(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        int[] range = ReviewRules.scoreRangeOf(element);
        Object score = task.getVariable(ReviewVariables.SCORE);
        Object comment = task.getVariable(ReviewVariables.COMMENT);
        String refusal = ReviewRules.scoreRefusal(range == null ? DEFAULT_RANGE : range, score);
        if (refusal == null && comment != null && !(comment instanceof String)) {
            refusal = "评审意见（comment）必须是文字";
        }
        String text = comment instanceof String s ? s.strip() : "";
        if (refusal == null && text.length() > ReviewRules.MAX_COMMENT_LENGTH) {
            refusal = "评审意见不能超过 " + ReviewRules.MAX_COMMENT_LENGTH + " 个字";
        }
        if (refusal != null) {
            throw new BadUserRequestException(refusal);
        }
        String claimId = task.getExecution().getProcessBusinessKey();
        String expert = expertOf(task);
        if (ReviewRules.isOncePerUser(element) && scores.hasScored(claimId, expert)) {
            throw new BadUserRequestException("您已为该申请评过分，同一专家只能评分一次");
        }
        int value = ReviewRules.wholeNumber(score).intValue();
        scores.add(claimId, task.getId(), new Score(expert, value, text));
        reviews.insert(new ReviewRecord(
                null,
                claimId,
                task.getTaskDefinitionKey(),
                task.getId(),
                "SCORE",
                value + "分" + (text.isEmpty() ? "" : "：" + text),
                expert,
                LocalDateTime.now()));
        task.getProcessEngineServices()
                .getTaskService()
                .createComment(
                        task.getId(), task.getProcessInstanceId(), "评分 " + value + (text.isEmpty() ? "" : "：" + text));
        task.getExecution().removeVariable(ReviewVariables.SCORE);
        task.getExecution().removeVariable(ReviewVariables.COMMENT);
    }

    private static String expertOf(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
