package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.kernel.WorkflowUsers;
import cn.xuchang.hrss.subsidy.notification.Notifications;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval actions reviewers know from the approval platforms they use, on top of the engine: transfer, carbon
 * copy, co-reviewer, return to the previous step and withdrawal of one's own approval. Every action is recorded (who,
 * when, what, why) with the claim's review history. A reviewer acts only on tasks the engine lets them see.
 */
@Service
public class ReviewActions {

    /** The BPMN extension property of a review task naming the step before it. */
    public static final String PREVIOUS_STEP_PROPERTY = "previousStep";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final ReviewMapper reviews;
    private final Notifications notifications;

    ReviewActions(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            IdentityService identity,
            AuthorizationService authorizations,
            ReviewMapper reviews,
            Notifications notifications) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.authorizations = authorizations;
        this.reviews = reviews;
        this.notifications = notifications;
    }

    /** Hands the task to another reviewer of the same group. */
    @Transactional
    public void transfer(CurrentUser user, String taskId, String toUserId, String reason) {
        Task task = workableTask(user, taskId);
        List<String> groups = candidateGroupsOf(task);
        boolean sameGroup = groups.stream()
                .anyMatch(g -> identity.createUserQuery()
                                .userId(toUserId)
                                .memberOfGroup(g)
                                .count()
                        > 0);
        if (!sameGroup) {
            throw ApiException.unprocessable("NOT_IN_GROUP", "只能转交给同一审核组的人员：" + toUserId);
        }
        tasks.setAssignee(taskId, toUserId);
        record(task, "TRANSFER", "转交给 " + toUserId + reasonSuffix(reason), user.id());
        notifications.toUser(
                toUserId,
                claimOf(task),
                "TRANSFER",
                user.id() + " 将“" + task.getName() + "”转交给您办理" + reasonSuffix(reason));
    }

    /** Lets a user read the task and its claim, but not act on it. */
    @Transactional
    public void carbonCopy(CurrentUser user, String taskId, String toUserId, String note) {
        Task task = workableTask(user, taskId);
        requireUser(toUserId);
        WorkflowUsers.require(identity, toUserId);
        grantRead(toUserId, task);
        record(task, "CARBON_COPY", "抄送 " + toUserId + reasonSuffix(note), user.id());
        notifications.toUser(
                toUserId,
                claimOf(task),
                "CARBON_COPY",
                user.id() + " 抄送给您“" + task.getName() + "”，仅供阅知" + reasonSuffix(note));
    }

    /** Adds a reviewer who may work on the task alongside its group. */
    @Transactional
    public void addCoReviewer(CurrentUser user, String taskId, String reviewerId, String note) {
        Task task = workableTask(user, taskId);
        requireUser(reviewerId);
        boolean isReviewer = identity.createGroupQuery().groupMember(reviewerId).list().stream()
                .anyMatch(g -> Groups.isReviewerGroup(g.getId()));
        if (!isReviewer) {
            throw ApiException.unprocessable(WorkflowUsers.NOT_REVIEWER, "会审人员必须是审核人员：" + reviewerId);
        }
        tasks.addCandidateUser(taskId, reviewerId);
        record(task, "CO_REVIEWER", "增加会审人员 " + reviewerId + reasonSuffix(note), user.id());
        notifications.toUser(reviewerId, claimOf(task), "CO_REVIEWER", user.id() + " 邀请您会审“" + task.getName() + "”");
    }

    /** Sends the claim back to the review step before this one, to the reviewer who decided it. */
    @Transactional
    public void returnToPrevious(CurrentUser user, String taskId, String comment) {
        requireReason(comment);
        Task task = workableTask(user, taskId);
        String previous = previousStepOf(task);
        if (previous == null) {
            throw ApiException.conflict("NO_PREVIOUS_STEP", "“" + task.getName() + "”没有上一审核环节");
        }
        String previousReviewer = lastApprover(claimOf(task), previous);
        record(task, "RETURN_PREVIOUS", comment.strip(), user.id());
        moveBack(runtime, task.getProcessInstanceId(), task.getTaskDefinitionKey(), previous, previousReviewer);
        if (previousReviewer != null) {
            notifications.toUser(
                    previousReviewer, claimOf(task), "RETURN_PREVIOUS", user.id() + " 将申请退回您重新审核：" + comment.strip());
        }
    }

    /**
     * Withdraws the caller's own approval while the next step has not acted yet (its task is not claimed): the claim
     * goes back to the caller's step, assigned to the caller.
     */
    @Transactional
    public void withdrawApproval(CurrentUser user, String claimId, String comment) {
        requireReason(comment);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(claimId)
                .singleResult();
        if (instance == null) {
            throw ApiException.notFound("CLAIM_NOT_FOUND", "没有找到进行中的该申请：" + claimId);
        }
        for (Task next :
                tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
            String previous = previousStepOf(next);
            if (previous == null || !user.id().equals(lastApprover(claimId, previous))) {
                continue;
            }
            if (next.getAssignee() != null) {
                throw ApiException.conflict("NEXT_STEP_ACTED", "下一审核环节已经开始办理，不能撤回");
            }
            record(next, "WITHDRAW", comment.strip(), user.id());
            moveBack(runtime, instance.getId(), next.getTaskDefinitionKey(), previous, user.id());
            return;
        }
        throw ApiException.conflict("NOTHING_TO_WITHDRAW", "没有可撤回的审核通过决定（只能撤回自己的、下一环节尚未办理的通过决定）");
    }

    /**
     * Cancels the open task and starts the earlier step again, assigned to {@code assignee} when given. Public so that
     * the process tests exercise exactly this modification.
     */
    public static void moveBack(
            RuntimeService runtime,
            String processInstanceId,
            String currentStep,
            String previousStep,
            String assignee) {
        if (assignee != null) {
            runtime.setVariable(processInstanceId, ReviewVariables.RETURNED_TO, assignee);
        }
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        var modification = runtime.createProcessInstanceModification(processInstanceId);
        for (ActivityInstance current : tree.getActivityInstances(currentStep)) {
            modification.cancelActivityInstance(current.getId());
        }
        modification.startBeforeActivity(previousStep).execute();
    }

    private Task workableTask(CurrentUser user, String taskId) {
        Task task = asUser(user, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw ApiException.notFound("TASK_NOT_FOUND", "没有找到该任务，或您无权查看：" + taskId);
        }
        boolean mayWork = user.id().equals(task.getAssignee())
                || tasks.getIdentityLinksForTask(taskId).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .anyMatch(link -> user.id().equals(link.getUserId())
                                || (link.getGroupId() != null && user.isIn(link.getGroupId())));
        if (!mayWork) {
            throw ApiException.forbidden("只有该任务的办理人或候选人才能进行此操作");
        }
        return task;
    }

    private <T> T asUser(CurrentUser user, Supplier<T> query) {
        identity.setAuthentication(user.id(), new ArrayList<>(user.groups()));
        try {
            return query.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> candidateGroupsOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private String previousStepOf(Task task) {
        UserTask element = repository
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return ReviewRules.propertyOf(element, PREVIOUS_STEP_PROPERTY);
    }

    private String lastApprover(String claimId, String step) {
        return lastApproverOf(reviews, claimId, step);
    }

    /** Who approved the claim at that step last, if the last decision there was an approval. */
    static String lastApproverOf(ReviewMapper reviews, String claimId, String step) {
        return reviews.findByClaim(claimId).stream()
                .filter(r -> step.equals(r.taskKey()))
                .max(Comparator.comparing(ReviewRecord::decidedAt).thenComparing(ReviewRecord::id))
                .filter(r -> "APPROVE".equals(r.decision()))
                .map(ReviewRecord::decidedBy)
                .orElse(null);
    }

    private void grantRead(String userId, Task task) {
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setUserId(userId);
        read.setResource(Resources.TASK);
        read.setResourceId(task.getId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
        boolean hasTasklist = authorizations.isUserAuthorized(
                userId, groupsOf(userId), Permissions.ACCESS, Resources.APPLICATION, "tasklist");
        if (!hasTasklist) {
            Authorization tasklist = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            tasklist.setUserId(userId);
            tasklist.setResource(Resources.APPLICATION);
            tasklist.setResourceId("tasklist");
            tasklist.addPermission(Permissions.ACCESS);
            authorizations.saveAuthorization(tasklist);
        }
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId())
                .toList();
    }

    private void requireUser(String userId) {
        if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
            throw ApiException.unprocessable("USER_UNKNOWN", "没有这个用户：" + userId);
        }
    }

    private static void requireReason(String comment) {
        if (comment == null || comment.isBlank()) {
            throw ApiException.badRequest("COMMENT_REQUIRED", "请填写理由（comment）");
        }
        if (comment.length() > ReviewRules.MAX_COMMENT_LENGTH) {
            throw ApiException.badRequest("INVALID_REQUEST", "理由不能超过 " + ReviewRules.MAX_COMMENT_LENGTH + " 个字");
        }
    }

    private String claimOf(Task task) {
        return runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
    }

    private void record(Task task, String action, String comment, String userId) {
        reviews.insert(new ReviewRecord(
                null,
                claimOf(task),
                task.getTaskDefinitionKey(),
                task.getId(),
                action,
                comment,
                userId,
                LocalDateTime.now()));
    }

    private static String reasonSuffix(String reason) {
        return reason == null || reason.isBlank() ? "" : "（" + reason.strip() + "）";
    }
}
