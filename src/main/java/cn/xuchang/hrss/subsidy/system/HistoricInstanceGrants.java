package cn.xuchang.hrss.subsidy.system;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may read a process instance's history: whoever works on one of its tasks. With historic instance permissions on,
 * the engine's own provisioning already gives every candidate group, candidate user and assignee of a task READ on
 * that task and its history (TASK, HISTORIC_TASK). This adds READ on the task's historic process instance, in the same
 * statement batch, so that a county reviewer reads the whole history of its county's claims (variables, activities,
 * details) and nothing of another county's; READ_HISTORY on the process definitions is left to the city.
 *
 * <p>Experts are granted per user, not per group: the group {@code expert} is the candidate of every scoring task of
 * every application, so a group grant would let any expert read every application ever scored. An expert reads an
 * application's history once a scoring task of it is theirs (claimed or assigned), and the scoring tasks themselves as
 * the engine grants them to the group.
 *
 * <p>It also refuses, inside the engine, a user identity link (Tasklist's “add candidate user”, the engine API's
 * identity links) to a user who is not a workflow user ({@link WorkflowUsers}).
 */
class HistoricInstanceGrants extends DefaultAuthorizationProvider {

    /** A user made candidate (or linked otherwise) through any path must be a workflow user. */
    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        WorkflowUsers.requireInCommand(userId);
        return super.newTaskUserIdentityLink(task, userId, type);
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
