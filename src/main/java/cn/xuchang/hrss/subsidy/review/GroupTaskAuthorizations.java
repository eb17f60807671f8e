package cn.xuchang.hrss.subsidy.review;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The per-task authorizations the engine writes for a task's candidates: as the engine's default
 * ({@code READ} and {@code TASK_WORK}, see {@code default-user-permission-name-for-task}), and for a candidate
 * <em>group</em> also {@code TASK_ASSIGN}, so that a reviewer can release a task they hold and hand it to a colleague
 * (Tasklist's × and "set assignee"). {@code TASK_ASSIGN} lets the engine run more task commands than that;
 * {@link TaskAssignmentRules} narrows them to handing a task over inside its group. Candidate users and assignees keep
 * {@code READ} and {@code TASK_WORK} only: a co-reviewer of another county may work on the task, not give it away.
 */
public class GroupTaskAuthorizations extends DefaultAuthorizationProvider {

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
}
