package cn.xuchang.hrss.subsidy.review;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.kernel.WorkflowUsers;
import java.util.Arrays;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The authorizations the engine writes for the people who work on a task, beyond its defaults ({@code READ} and
 * {@code TASK_WORK} on the task, see {@code default-user-permission-name-for-task}; {@code READ} on its history with
 * historic instance permissions on):
 *
 * <ul>
 *   <li>a candidate <em>group</em> also gets {@code TASK_ASSIGN}, so that a reviewer can release a task they hold and
 *       hand it to a colleague (Tasklist's × and "set assignee"); {@link TaskAssignmentRules} narrows what that
 *       permission lets the engine do to handing a task over inside its group. Candidate users and assignees keep
 *       {@code READ} and {@code TASK_WORK}: a co-reviewer of another county may work on the task, not give it away.
 *   <li>whoever works on a task (group, candidate user, assignee) reads the history of its process instance, in the
 *       same statement batch, so a county reviewer reads its county's claims in history as in runtime and nothing of
 *       another county's; {@code READ_HISTORY} on the process definitions is the city's alone. Experts are granted per
 *       user, not per group: the group {@code expert} is the candidate of every scoring task, so a group grant would let
 *       any expert read every application ever scored. An expert reads an application's history once a scoring task of
 *       it is theirs (claimed or assigned).
 *   <li>a user made candidate of a task by any path (Tasklist's "add candidate user", the engine API's identity links)
 *       must be a workflow user ({@link WorkflowUsers}): 422 {@code USER_NOT_REVIEWER}.
 * </ul>
 */
public class ReviewerAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        WorkflowUsers.requireInCommand(userId);
        return super.newTaskUserIdentityLink(task, userId, type);
    }

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
        AuthorizationEntity[] authorizations = super.createOrUpdateAuthorizationsByGroupId(task, groupId);
        if (authorizations != null) {
            for (AuthorizationEntity authorization : authorizations) {
                if (authorization != null && authorization.getResourceType() == Resources.TASK.resourceType()) {
                    authorization.addPermission(Permissions.TASK_ASSIGN);
                }
            }
        }
        return authorizations;
    }

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
        AuthorizationEntity[] engines = super.createOrUpdateAuthorizations(task, groupId, userId);
        if (!isHistoricInstancePermissionsEnabled()
                || task.getProcessInstanceId() == null
                || Groups.EXPERT.equals(groupId)) {
            return engines;
        }
        AuthorizationEntity[] all = Arrays.copyOf(engines, engines.length + 1);
        all[engines.length] = readInstance(task, groupId, userId);
        return all;
    }

    private AuthorizationEntity readInstance(Task task, String groupId, String userId) {
        String instance = task.getProcessInstanceId();
        AuthorizationEntity authorization = getGrantAuthorization(instance, userId, groupId, HISTORIC_PROCESS_INSTANCE);
        if (authorization == null) {
            authorization = createAuthorization(
                    userId, groupId, HISTORIC_PROCESS_INSTANCE, instance, HistoricProcessInstancePermissions.READ);
            provideRemovalTime(authorization, task);
        } else {
            addPermissions(authorization, HistoricProcessInstancePermissions.READ);
        }
        return authorization;
    }
}
