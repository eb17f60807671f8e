package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.TransactionVariables;
import cn.xuchang.hrss.subsidy.kernel.WorkflowUsers;
import cn.xuchang.hrss.subsidy.notification.Notifications;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of a review task: checks the decision against the task's allowed decisions, records who decided,
 * when, what and why (our table and the engine's task comment), and hands the outcome to the gateways (a transient
 * variable: they read it in the same transaction, and the decision is recorded in those two places). The reviewer's
 * own {@code decision} and {@code comment} variables are then cleared, so that the next reviewer's form starts empty.
 * The decision is added to the application's {@link ReviewTrail}, which the next reviewer's form shows.
 * A return remembers who returned the claim and from which step, so that the corrected claim goes straight back there.
 */
@Component("recordReviewDecision")
public class RecordReviewDecision implements TaskListener {

    private final ReviewMapper reviews;
    private final Notifications notifications;

    public RecordReviewDecision(ReviewMapper reviews, Notifications notifications) {
        this.reviews = reviews;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> allowed = ReviewRules.decisionsOf(task.getBpmnModelElementInstance());
        Object decision = task.getVariable(ReviewVariables.DECISION);
        Object comment = task.getVariable(ReviewVariables.COMMENT);
        if (task.getVariable(ReviewVariables.CC_USER) instanceof String cc && !cc.isBlank()) {
            WorkflowUsers.requireInCommand(cc.strip());
        }
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
        LocalDateTime decidedAt = LocalDateTime.now();
        reviews.insert(new ReviewRecord(
                null,
                task.getExecution().getProcessBusinessKey(),
                task.getTaskDefinitionKey(),
                task.getId(),
                (String) decision,
                text,
                reviewer,
                decidedAt));
        ReviewTrail.append(task, reviewer, (String) decision, text, decidedAt);
        task.getProcessEngineServices()
                .getTaskService()
                .createComment(
                        task.getId(),
                        task.getProcessInstanceId(),
                        ReviewRules.label((String) decision) + (text.isEmpty() ? "" : "：" + text));
        carbonCopy(task, (String) decision, text, reviewer);
        TransactionVariables.set(task.getExecution(), ReviewVariables.REVIEW_OUTCOME, decision);
        task.getExecution().setVariable(ReviewVariables.REVIEW_COMMENT, text);
        task.getExecution().removeVariable(ReviewVariables.DECISION);
        task.getExecution().removeVariable(ReviewVariables.COMMENT);
        task.getExecution().removeVariable(ReviewVariables.AMOUNT);
        if ("RETURN".equals(decision)) {
            task.getExecution().setVariable(ReviewVariables.RETURNED_TO, reviewer);
            task.getExecution().setVariable(ReviewVariables.RETURNED_FROM, task.getTaskDefinitionKey());
        } else if ("RETURN_PREVIOUS".equals(decision)) {
            String previous =
                    ReviewRules.propertyOf(task.getBpmnModelElementInstance(), ReviewActions.PREVIOUS_STEP_PROPERTY);
            String approver = previous == null
                    ? null
                    : ReviewActions.lastApproverOf(reviews, task.getExecution().getProcessBusinessKey(), previous);
            setOrRemove(task, ReviewVariables.RETURNED_TO, approver);
            task.getExecution().removeVariable(ReviewVariables.RETURNED_FROM);
        } else {
            task.getExecution().removeVariable(ReviewVariables.RETURNED_TO);
            task.getExecution().removeVariable(ReviewVariables.RETURNED_FROM);
        }
    }

    private static void setOrRemove(DelegateTask task, String name, Object value) {
        if (value == null) {
            task.getExecution().removeVariable(name);
        } else {
            task.getExecution().setVariable(name, value);
        }
    }

    /** The optional 抄送 field of a review form: the user is told the decision, for information only. */
    private void carbonCopy(DelegateTask task, String decision, String comment, String reviewer) {
        Object cc = task.getVariable(ReviewVariables.CC_USER);
        task.getExecution().removeVariable(ReviewVariables.CC_USER);
        if (!(cc instanceof String user) || user.isBlank()) {
            return;
        }
        String claimId = task.getExecution().getProcessBusinessKey();
        notifications.toUser(
                user.strip(),
                claimId,
                "CARBON_COPY",
                reviewer + " 抄送：申请 " + claimId + " 的“" + task.getName() + "”审核决定为" + ReviewRules.label(decision)
                        + (comment.isEmpty() ? "" : "，意见：" + comment) + "（仅供阅知）");
        reviews.insert(new ReviewRecord(
                null,
                claimId,
                task.getTaskDefinitionKey(),
                task.getId(),
                "CARBON_COPY",
                "抄送 " + user.strip(),
                reviewer,
                LocalDateTime.now()));
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
