package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.http.HttpStatus;

/**
 * Who may hold a task, checked inside the engine for every claim, release and hand-over a workflow user sends
 * (Tasklist's claim and ×, "set assignee", "add candidate user", the engine's REST API). The candidate groups hold
 * {@code TASK_ASSIGN} on their tasks ({@link ReviewerAuthorizations}); these rules keep that to least privilege:
 *
 * <ul>
 *   <li>a claimed task is released or handed over by its holder only ({@code TASK_CLAIMED_BY_OTHER}, 409);
 *   <li>a task goes (assignee, delegate, owner, candidate user) only to a member of one of its candidate groups or to
 *       one of its candidate users ({@code NOT_IN_GROUP}, 422);
 *   <li>a task one user does once per application ({@code oncePerUser}, the experts' scoring cards) is not taken by a
 *       user who already did it ({@code ALREADY_DECIDED}, 409) or holds another card of it ({@code ALREADY_HOLDS_TASK},
 *       409);
 *   <li>candidate groups, names, dates and priorities stay as the process set them ({@code TASK_ACTION_NOT_ALLOWED},
 *       403).
 * </ul>
 *
 * The engine's own authorization check runs first, so another group's task is still the engine's refusal. Only
 * authenticated users outside {@code camunda-admin} are checked: administrators and our own code (no authenticated
 * user, e.g. the transfer of {@code ReviewActions}, which checks the group itself) are not.
 */
public class TaskAssignmentRules extends CommandInterceptor {

    private static final Field CLAIM_TASK_ID = CommandFields.field(ClaimTaskCmd.class, "taskId");
    private static final Field CLAIM_USER_ID = CommandFields.field(ClaimTaskCmd.class, "userId");
    private static final Field DELEGATE_TASK_ID = CommandFields.field(DelegateTaskCmd.class, "taskId");
    private static final Field DELEGATE_USER_ID = CommandFields.field(DelegateTaskCmd.class, "userId");
    private static final Field PROPERTY_TASK_ID = CommandFields.field(AbstractSetTaskPropertyCmd.class, "taskId");
    private static final Field LINK_USER_ID = CommandFields.field(AbstractAddIdentityLinkCmd.class, "userId");
    private static final Field LINK_TYPE = CommandFields.field(AbstractAddIdentityLinkCmd.class, "type");

    private final EngineCompletionRules.PriorCompletions priorCompletions;

    public TaskAssignmentRules(EngineCompletionRules.PriorCompletions priorCompletions) {
        this.priorCompletions = priorCompletions;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof ClaimTaskCmd) {
            String userId = (String) CommandFields.read(CLAIM_USER_ID, command);
            TaskEntity task = checkedTask(CommandFields.read(CLAIM_TASK_ID, command), false);
            if (task != null) {
                handOver(task, userId);
            }
        } else if (command instanceof DelegateTaskCmd) {
            TaskEntity task = checkedTask(CommandFields.read(DELEGATE_TASK_ID, command), true);
            if (task != null) {
                handOver(task, (String) CommandFields.read(DELEGATE_USER_ID, command));
            }
        } else if (command instanceof AddGroupIdentityLinkCmd) {
            refuseChange();
        } else if (command instanceof AbstractAddIdentityLinkCmd) {
            TaskEntity task = checkedTask(CommandFields.read(PROPERTY_TASK_ID, command), true);
            if (task != null) {
                String userId = (String) CommandFields.read(LINK_USER_ID, command);
                if (IdentityLinkType.CANDIDATE.equals(CommandFields.read(LINK_TYPE, command))) {
                    requireCandidate(task, userId);
                } else {
                    handOver(task, userId);
                }
            }
        } else if (command instanceof AbstractSetTaskPropertyCmd) {
            refuseChange();
        } else if (command instanceof DeleteIdentityLinkCmd || command instanceof SaveTaskCmd) {
            refuseChange();
        }
        return next.execute(command);
    }

    /** The task, once the engine's own check passed; null when the rules do not apply (no user, admin, no task). */
    private static TaskEntity checkedTask(Object taskId, boolean assigns) {
        CommandContext context = Context.getCommandContext();
        if (!appliesTo(context) || !(taskId instanceof String id)) {
            return null;
        }
        TaskEntity task = context.getTaskManager().findTaskById(id);
        if (task == null) {
            return null; // the command itself answers an unknown task
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            if (assigns) {
                checker.checkTaskAssign(task);
            } else {
                checker.checkTaskWork(task);
            }
        }
        return task;
    }

    private void handOver(TaskEntity task, String newHolder) {
        String userId = Context.getCommandContext().getAuthenticatedUserId();
        String holder = task.getAssignee();
        if (holder != null && !holder.equals(userId) && !holder.equals(newHolder)) {
            throw new EngineRefusal(
                    HttpStatus.CONFLICT, "TASK_CLAIMED_BY_OTHER", "该任务已由 " + holder + " 认领，只有认领人才能释放或转交");
        }
        if (newHolder == null || newHolder.equals(holder)) {
            return; // a release by the holder, or nothing changes
        }
        requireCandidate(task, newHolder);
        checkOncePerUser(task, newHolder);
    }

    /** A member of one of the task's candidate groups, or one of its candidate users. */
    private static void requireCandidate(TaskEntity task, String userId) {
        CommandContext context = Context.getCommandContext();
        List<IdentityLinkEntity> candidates = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .toList();
        boolean candidate = candidates.stream().anyMatch(link -> userId.equals(link.getUserId()));
        if (!candidate) {
            List<String> groups = candidates.stream()
                    .map(IdentityLinkEntity::getGroupId)
                    .filter(g -> g != null)
                    .toList();
            Command<Boolean> member = c -> groups.stream()
                    .anyMatch(group -> c.getProcessEngineConfiguration()
                                    .getIdentityService()
                                    .createUserQuery()
                                    .userId(userId)
                                    .memberOfGroup(group)
                                    .count()
                            > 0);
            candidate = context.runWithoutAuthorization(member);
        }
        if (!candidate) {
            throw new EngineRefusal(
                    HttpStatus.UNPROCESSABLE_ENTITY, "NOT_IN_GROUP", "只能交给本任务审核组的人员办理：" + userId + " 不在该组");
        }
    }

    /** One card per expert: nobody takes a task of a kind they already did, or hold another of, for the application. */
    private void checkOncePerUser(TaskEntity task, String userId) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null || !ReviewRules.isOncePerUser(element)) {
            return;
        }
        String businessKey = task.getProcessInstance().getBusinessKey();
        if (priorCompletions.exist(businessKey, task.getTaskDefinitionKey(), userId)) {
            throw new EngineRefusal(
                    HttpStatus.CONFLICT, "ALREADY_DECIDED", userId + " 已办理过该申请的“" + task.getName() + "”，同一人只能办理一次");
        }
        CommandContext context = Context.getCommandContext();
        Command<Long> held = c -> c.getProcessEngineConfiguration()
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(task.getTaskDefinitionKey())
                .taskAssignee(userId)
                .count();
        if (context.runWithoutAuthorization(held) > 0) {
            throw new EngineRefusal(
                    HttpStatus.CONFLICT,
                    "ALREADY_HOLDS_TASK",
                    userId + " 已认领该申请的另一项“" + task.getName() + "”，同一人只能办理一项");
        }
    }

    /** Candidate groups, names, dates and priorities are the process's: not changed by a workflow user. */
    private static void refuseChange() {
        CommandContext context = Context.getCommandContext();
        if (appliesTo(context)) {
            throw new EngineRefusal(
                    HttpStatus.FORBIDDEN, "TASK_ACTION_NOT_ALLOWED", "审核任务的候选组、名称、期限和优先级由流程设定，审核人员不能修改");
        }
    }

    /** A workflow user, authorizations on: not an administrator, not our own code. */
    private static boolean appliesTo(CommandContext context) {
        Authentication user = context.getAuthentication();
        return user != null
                && user.getUserId() != null
                && context.isAuthorizationCheckEnabled()
                && !context.getAuthorizationManager().isCamundaAdmin(user);
    }
}
