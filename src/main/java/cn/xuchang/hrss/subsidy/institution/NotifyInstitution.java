package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.notification.Notifications;
import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Tells the institution (variable {@code institutionId}) what happened, in a stored message: the BPMN element gives the
 * message as input parameter {@code message}; the last reviewer's comment is added. A service task or a task listener.
 */
@Component("notifyInstitution")
class NotifyInstitution implements JavaDelegate, TaskListener {

    static final String MESSAGE = "message";

    private final Notifications notifications;

    NotifyInstitution(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tell(execution, (String) execution.getVariableLocal(MESSAGE));
    }

    @Override
    public void notify(DelegateTask task) {
        tell(task.getExecution(), (String) task.getVariable(MESSAGE));
    }

    private void tell(DelegateExecution execution, String message) {
        String institution = (String) execution.getVariable(InstitutionFilingProcess.INSTITUTION_ID);
        String comment = (String) execution.getVariable(ReviewVariables.REVIEW_COMMENT);
        String text = (message == null ? "您的事项有新进展。" : message)
                + (comment == null || comment.isBlank() ? "" : "审核意见：" + comment);
        notifications.toUser(
                institution,
                execution.getProcessBusinessKey(),
                "INSTITUTION",
                text.length() > 1000 ? text.substring(0, 999) + "…" : text);
    }
}
