package cn.xuchang.hrss.subsidy.kernel;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.http.HttpStatus;

/**
 * Only workflow users (administrators, reviewers, experts) may be given a task to read or work on: a carbon copy, a
 * co-reviewer, a candidate user added through the engine's API. Anyone else is refused with 422
 * {@code USER_NOT_REVIEWER}.
 */
public final class WorkflowUsers {

    public static final String NOT_REVIEWER = "USER_NOT_REVIEWER";

    private WorkflowUsers() {}

    /** Outside the engine (our API), the groups read as the system. */
    public static void require(IdentityService identity, String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        if (!Groups.isWorkflowUser(groups)) {
            throw ApiException.unprocessable(NOT_REVIEWER, message(userId));
        }
    }

    /** Inside an engine command (a listener, the authorization provider): refuses and so rolls the command back. */
    public static void requireInCommand(String userId) {
        CommandContext context = Context.getCommandContext();
        List<String> groups = context.runWithoutAuthorization(() ->
                context.getReadOnlyIdentityProvider().createGroupQuery(context).groupMember(userId).list().stream()
                        .map(Group::getId)
                        .toList());
        if (!Groups.isWorkflowUser(groups)) {
            throw new EngineRefusal(HttpStatus.UNPROCESSABLE_ENTITY, NOT_REVIEWER, message(userId));
        }
    }

    private static String message(String userId) {
        return "只能抄送或交给审核人员、评审专家或管理员：" + userId + " 不是审核人员";
    }
}
