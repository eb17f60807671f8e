package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A review task passed its due date: the level above is told (a stored message to its group), the task's own group
 * is reminded, and the task is raised to high priority so it tops the task list. The BPMN service task names the
 * overdue task and the group above as input parameters {@code overdueTask} and {@code escalateTo}.
 */
@Component("escalateOverdueReview")
class EscalateOverdueReview implements JavaDelegate {

    static final int OVERDUE_PRIORITY = 90;

    private final Notifications notifications;

    EscalateOverdueReview(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String overdueTask = (String) execution.getVariableLocal("overdueTask");
        String escalateTo = (String) execution.getVariableLocal("escalateTo");
        String claimId = execution.getProcessBusinessKey();
        var taskService = execution.getProcessEngineServices().getTaskService();
        for (Task task : taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(overdueTask)
                .list()) {
            taskService.setPriority(task.getId(), OVERDUE_PRIORITY);
            String message = "申请 " + claimId + " 的“" + task.getName() + "”已超过办理期限，请尽快处理。";
            notifications.toGroup(escalateTo, claimId, "OVERDUE_ESCALATION", message);
            taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> link.getGroupId() != null)
                    .forEach(link -> notifications.toGroup(link.getGroupId(), claimId, "OVERDUE", message));
        }
    }
}
