package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.http.HttpStatus;

/**
 * The rules every task completion obeys, checked inside the engine before the command runs, so that they hold on every
 * path to it: the engine's REST API ({@code /complete}, {@code /submit-form}, {@code /resolve}, with or without a
 * trailing slash, bodies of any size), the webapps' own engine API that Tasklist calls, and the Java API of our own code
 * and of the process tests.
 *
 * <ul>
 *   <li>only the assignee completes a claimed task ({@code TASK_CLAIMED_BY_OTHER});
 *   <li>only the task's declared inputs, as plain values ({@code VARIABLE_NOT_ALLOWED}): routing variables, assignees
 *       and limits are set by our delegates alone;
 *   <li>the decision, the comment it needs, the score and the amount as {@link ReviewRules} says, with limits read from
 *       the process, never from the request ({@code INVALID_DECISION}, {@code INVALID_SCORE}, {@code INVALID_AMOUNT});
 *   <li>a task one user may do once per process, once ({@code ALREADY_DECIDED}); the refused card, if the user holds
 *       it, goes back to its group;
 *   <li>a workflow user does not end a task by a BPMN error or an escalation ({@code TASK_ACTION_NOT_ALLOWED}).
 * </ul>
 *
 * A refusal is a {@link EngineRefusal}; the engine's own authorization check runs first, so a task the user may
 * not work on is still the engine's 403. {@link RecordReviewDecision} checks the decision once more inside the process.
 */
public class EngineCompletionRules extends CommandInterceptor {

    /** Whether the user already completed the process's task with that key (business key, task key, user). */
    @FunctionalInterface
    public interface PriorCompletions {
        boolean exist(String businessKey, String taskKey, String userId);
    }

    private static final Field COMPLETE_TASK_ID = CommandFields.field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = CommandFields.field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = CommandFields.field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = CommandFields.field(SubmitTaskFormCmd.class, "properties");

    private final PriorCompletions priorCompletions;

    public EngineCompletionRules(PriorCompletions priorCompletions) {
        this.priorCompletions = priorCompletions;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof ResolveTaskCmd) {
            check(
                    CommandFields.read(COMPLETE_TASK_ID, command),
                    CommandFields.read(COMPLETE_VARIABLES, command),
                    false);
        } else if (command instanceof CompleteTaskCmd) {
            check(CommandFields.read(COMPLETE_TASK_ID, command), CommandFields.read(COMPLETE_VARIABLES, command), true);
        } else if (command instanceof SubmitTaskFormCmd) {
            check(CommandFields.read(SUBMIT_TASK_ID, command), CommandFields.read(SUBMIT_VARIABLES, command), true);
        } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            refuseToWorkflowUsers();
        }
        return next.execute(command);
    }

    /** Checks a completion ({@code completes}) or a resolution of a delegated task against the task's rules. */
    private void check(Object taskId, Object variables, boolean completes) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = taskId instanceof String id ? context.getTaskManager().findTaskById(id) : null;
        if (task == null) {
            return; // the command itself answers an unknown task
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
        }
        String userId = context.getAuthenticatedUserId();
        if (userId != null && task.getAssignee() != null && !userId.equals(task.getAssignee())) {
            throw new EngineRefusal(
                    HttpStatus.CONFLICT, "TASK_CLAIMED_BY_OTHER", "该任务已由 " + task.getAssignee() + " 认领，只有认领人才能办理");
        }
        UserTask element = task.getBpmnModelElementInstance();
        Sent sent = new Sent(variables);
        Set<String> inputs = ReviewRules.inputsOf(element);
        for (String name : sent.names()) {
            String refusal = ReviewRules.variableRefusal(inputs, name, sent.typed(name));
            if (refusal != null) {
                throw EngineRefusal.badRequest("VARIABLE_NOT_ALLOWED", refusal);
            }
        }
        if (completes && element != null) {
            checkDecision(task, element, sent, userId);
        }
    }

    private void checkDecision(TaskEntity task, UserTask element, Sent sent, String userId) {
        Object decision = sent.valueOr(ReviewVariables.DECISION, task);
        Object comment = sent.valueOr(ReviewVariables.COMMENT, task);
        List<String> decisions = ReviewRules.decisionsOf(element);
        if (!decisions.isEmpty()) {
            String refusal = ReviewRules.refusal(decisions, decision, comment);
            if (refusal != null) {
                throw EngineRefusal.badRequest("INVALID_DECISION", refusal);
            }
        }
        int[] scoreRange = ReviewRules.scoreRangeOf(element);
        if (scoreRange != null) {
            String refusal = ReviewRules.scoreRefusal(scoreRange, sent.valueOr(ReviewVariables.SCORE, task));
            if (refusal == null) {
                refusal = ReviewRules.commentRefusal(comment);
            }
            if (refusal != null) {
                throw EngineRefusal.badRequest("INVALID_SCORE", refusal);
            }
        }
        List<String> amountRange = ReviewRules.amountRangeOf(element);
        if (!amountRange.isEmpty()) {
            String refusal = ReviewRules.amountRefusal(
                    decision,
                    sent.valueOr(ReviewVariables.AMOUNT, task),
                    task.getVariable(amountRange.get(0)),
                    task.getVariable(amountRange.get(1)));
            if (refusal != null) {
                throw EngineRefusal.badRequest("INVALID_AMOUNT", refusal);
            }
        }
        String completer = userId != null ? userId : task.getAssignee();
        if (ReviewRules.isOncePerUser(element)
                && completer != null
                && priorCompletions.exist(
                        task.getProcessInstance().getBusinessKey(), task.getTaskDefinitionKey(), completer)) {
            releaseAfterRefusal(task.getId(), completer);
            throw new EngineRefusal(
                    HttpStatus.CONFLICT, "ALREADY_DECIDED", "您已办理过该申请的“" + task.getName() + "”，同一人只能办理一次");
        }
    }

    /**
     * A second card of a task one user does once (an expert's second scoring card of an application) that the user
     * holds goes back to the group at once, in a transaction of its own, since the refusal rolls this one back: the
     * other experts can take it, no administrator needed.
     */
    private static void releaseAfterRefusal(String taskId, String holder) {
        Context.getProcessEngineConfiguration()
                .getCommandExecutorTxRequiresNew()
                .execute(context -> {
                    TaskEntity task = context.getTaskManager().findTaskById(taskId);
                    if (task != null && holder.equals(task.getAssignee())) {
                        task.setAssignee(null);
                        task.triggerUpdateEvent();
                    }
                    return null;
                });
    }

    /** A BPMN error or an escalation ends a review without a decision: administrators only, never a reviewer. */
    private static void refuseToWorkflowUsers() {
        CommandContext context = Context.getCommandContext();
        Authentication user = context.getAuthentication();
        if (user == null || user.getUserId() == null || !context.isAuthorizationCheckEnabled()) {
            return;
        }
        if (!context.getAuthorizationManager().isCamundaAdmin(user)) {
            throw new EngineRefusal(
                    HttpStatus.FORBIDDEN, "TASK_ACTION_NOT_ALLOWED", "审核任务只能通过提交审核决定来办理，不能以 BPMN 错误或升级事件结束");
        }
    }

    /** The variables a command sends: typed as the engine will store them. */
    private record Sent(Map<String, ?> variables) {
        @SuppressWarnings("unchecked")
        Sent(Object variables) {
            this(variables instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of());
        }

        Set<String> names() {
            return variables.keySet();
        }

        /** The variable as sent; a serialized object stays serialized (a VariableMap would deserialize it). */
        Object typed(String name) {
            return variables instanceof VariableMap map ? map.getValueTyped(name) : variables.get(name);
        }

        /** The value the completion leaves for the task's listeners: the one sent, else the one already there. */
        Object valueOr(String name, TaskEntity task) {
            if (!variables.containsKey(name)) {
                return task.getVariable(name);
            }
            Object value = typed(name);
            return value instanceof TypedValue typedValue ? typedValue.getValue() : value;
        }
    }
}
