package cn.xuchang.hrss.subsidy.review;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of a review task: checks the decision against the task's allowed decisions, records who decided,
 * when, what and why (our table and the engine's task comment), and hands the outcome to the gateways. The reviewer's
 * own {@code decision} and {@code comment} variables are then cleared, so that the next reviewer's form starts empty.
 */
@Component("recordReviewDecision")
public class RecordReviewDecision implements TaskListener {

    private final ReviewMapper reviews;

    public RecordReviewDecision(ReviewMapper reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> allowed = ReviewRules.decisionsOf(task.getBpmnModelElementInstance());
        Object decision = task.getVariable(ReviewVariables.DECISION);
        Object comment = task.getVariable(ReviewVariables.COMMENT);
        String refusal = ReviewRules.refusal(allowed, decision, comment);
        List<String> amountRange = ReviewRules.amountRangeOf(task.getBpmnModelElementInstance());
        Object amount = task.getVariable(ReviewVariables.AMOUNT);
        if (refusal == null && !amountRange.isEmpty()) {
            refusal = ReviewRules.amountRefusal(
                    decision, amount, task.getVariable(amountRange.get(0)), task.getVariable(amountRange.get(1)));
        }
        if (refusal != null) {
            throw new BadUserRequestException(refusal);
        }
        if (!amountRange.isEmpty() && ReviewRules.APPROVE.equals(decision)) {
            task.getExecution()
                    .setVariable(
                            ReviewVariables.REVIEW_AMOUNT,
                            ReviewRules.grantedAmount(amount, task.getVariable(amountRange.get(0))));
        }
        String text = comment == null ? "" : ((String) comment).strip();
        String reviewer = reviewerOf(task);
        reviews.insert(new ReviewRecord(
                null,
                task.getExecution().getProcessBusinessKey(),
                task.getTaskDefinitionKey(),
                task.getId(),
                (String) decision,
                text,
                reviewer,
                LocalDateTime.now()));
        task.getProcessEngineServices()
                .getTaskService()
                .createComment(
                        task.getId(),
                        task.getProcessInstanceId(),
                        ReviewRules.label((String) decision) + (text.isEmpty() ? "" : "：" + text));
        task.getExecution().setVariable(ReviewVariables.REVIEW_OUTCOME, decision);
        task.getExecution().setVariable(ReviewVariables.REVIEW_COMMENT, text);
        task.getExecution().removeVariable(ReviewVariables.DECISION);
        task.getExecution().removeVariable(ReviewVariables.COMMENT);
        task.getExecution().removeVariable(ReviewVariables.AMOUNT);
    }

    private static String reviewerOf(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
