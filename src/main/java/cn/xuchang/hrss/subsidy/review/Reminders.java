package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.notification.Notifications;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the candidates of a review task, and the level above, when its due date is near. Each task is reminded once
 * across all application nodes: the reminder row's primary key decides which node sends it. Overdue tasks are
 * escalated by the processes themselves (a boundary timer on every review task).
 */
@Service
public class Reminders {

    static final String DUE_SOON = "DUE_SOON";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Notifications notifications;
    private final ReminderMapper reminders;
    private final TransactionTemplate transactions;
    private final Duration window;

    Reminders(
            TaskService tasks,
            RuntimeService runtime,
            Notifications notifications,
            ReminderMapper reminders,
            TransactionTemplate transactions,
            @Value("${skill-subsidy.reminders.due-soon:PT48H}") Duration window) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.notifications = notifications;
        this.reminders = reminders;
        this.transactions = transactions;
        this.window = window;
    }

    /** Sends the reminders that are due; returns how many tasks were reminded by this call. */
    public int remindDueSoon() {
        Date now = ClockUtil.getCurrentTime();
        Date soon = new Date(now.getTime() + window.toMillis());
        int reminded = 0;
        for (Task task : tasks.createTaskQuery().dueAfter(now).dueBefore(soon).list()) {
            Boolean sent = transactions.execute(status -> remind(task));
            if (Boolean.TRUE.equals(sent)) {
                reminded++;
            }
        }
        return reminded;
    }

    private boolean remind(Task task) {
        try {
            reminders.insert(task.getId(), DUE_SOON, LocalDateTime.now());
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
        String claimId = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        String message = "申请 " + claimId + " 的“" + task.getName() + "”即将到期，请在到期前办理。";
        Set<String> groups = new LinkedHashSet<>();
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> groups.add(link.getGroupId()));
        for (String group : groups) {
            notifications.toGroup(group, claimId, DUE_SOON, message);
            notifications.toGroup(levelAbove(group), claimId, DUE_SOON, "（督办）" + message);
        }
        if (task.getAssignee() != null) {
            notifications.toUser(task.getAssignee(), claimId, DUE_SOON, message);
        }
        return true;
    }

    /** County reviewers report to the city; the city to the bureau's administrators. */
    static String levelAbove(String group) {
        return group.startsWith(Groups.COUNTY_REVIEWER_PREFIX) ? Groups.CITY_REVIEWER : Groups.ADMIN;
    }

    /** The schedule, switched off in tests (they call {@link #remindDueSoon()} themselves). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "skill-subsidy.reminders.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final Reminders reminders;

        Schedule(Reminders reminders) {
            this.reminders = reminders;
        }

        @Scheduled(fixedDelayString = "${skill-subsidy.reminders.interval:PT15M}", initialDelayString = "PT1M")
        void run() {
            reminders.remindDueSoon();
        }
    }
}
