package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Event;
import org.springframework.http.HttpStatus;

/**
 * Comments and attachments only on tasks the user may work on. The engine's comment and attachment commands check no
 * authorization at all: anyone who knows a task or process instance id may read and write its comments and files. This
 * task service, the engine's own with a check in front, is the one every caller gets (REST API, webapps, Java): the
 * authenticated user must hold TASK_WORK on the task (its candidates and assignee do, administrators on every task);
 * for a process instance, on one of its open tasks. Anything else is 404 {@code TASK_NOT_FOUND}, as for a task one may
 * not see. Engine-internal calls (a listener recording a decision) and calls without an authenticated user (our own
 * services) are not checked.
 */
class CommentsAndAttachmentsGuard extends TaskServiceImpl {

    @Override
    public Comment createComment(String taskId, String processInstanceId, String message) {
        requireWork(taskId, processInstanceId);
        return super.createComment(taskId, processInstanceId, message);
    }

    @Override
    public void deleteTaskComment(String taskId, String commentId) {
        requireWork(taskId, null);
        super.deleteTaskComment(taskId, commentId);
    }

    @Override
    public void deleteProcessInstanceComment(String processInstanceId, String commentId) {
        requireWork(null, processInstanceId);
        super.deleteProcessInstanceComment(processInstanceId, commentId);
    }

    @Override
    public void deleteTaskComments(String taskId) {
        requireWork(taskId, null);
        super.deleteTaskComments(taskId);
    }

    @Override
    public void deleteProcessInstanceComments(String processInstanceId) {
        requireWork(null, processInstanceId);
        super.deleteProcessInstanceComments(processInstanceId);
    }

    @Override
    public void updateTaskComment(String taskId, String commentId, String message) {
        requireWork(taskId, null);
        super.updateTaskComment(taskId, commentId, message);
    }

    @Override
    public void updateProcessInstanceComment(String processInstanceId, String commentId, String message) {
        requireWork(null, processInstanceId);
        super.updateProcessInstanceComment(processInstanceId, commentId, message);
    }

    @Override
    public List<Comment> getTaskComments(String taskId) {
        requireWork(taskId, null);
        return super.getTaskComments(taskId);
    }

    @Override
    public Comment getTaskComment(String taskId, String commentId) {
        requireWork(taskId, null);
        return super.getTaskComment(taskId, commentId);
    }

    @Override
    public List<Event> getTaskEvents(String taskId) {
        requireWork(taskId, null);
        return super.getTaskEvents(taskId);
    }

    @Override
    public List<Comment> getProcessInstanceComments(String processInstanceId) {
        requireWork(null, processInstanceId);
        return super.getProcessInstanceComments(processInstanceId);
    }

    @Override
    public Attachment createAttachment(
            String type,
            String taskId,
            String processInstanceId,
            String name,
            String description,
            InputStream content) {
        requireWork(taskId, processInstanceId);
        return super.createAttachment(type, taskId, processInstanceId, name, description, content);
    }

    @Override
    public Attachment createAttachment(
            String type, String taskId, String processInstanceId, String name, String description, String url) {
        requireWork(taskId, processInstanceId);
        return super.createAttachment(type, taskId, processInstanceId, name, description, url);
    }

    @Override
    public InputStream getAttachmentContent(String attachmentId) {
        requireWorkOnAttachment(attachmentId);
        return super.getAttachmentContent(attachmentId);
    }

    @Override
    public InputStream getTaskAttachmentContent(String taskId, String attachmentId) {
        requireWork(taskId, null);
        return super.getTaskAttachmentContent(taskId, attachmentId);
    }

    @Override
    public void deleteAttachment(String attachmentId) {
        requireWorkOnAttachment(attachmentId);
        super.deleteAttachment(attachmentId);
    }

    @Override
    public void deleteTaskAttachment(String taskId, String attachmentId) {
        requireWork(taskId, null);
        super.deleteTaskAttachment(taskId, attachmentId);
    }

    @Override
    public Attachment getAttachment(String attachmentId) {
        requireWorkOnAttachment(attachmentId);
        return super.getAttachment(attachmentId);
    }

    @Override
    public Attachment getTaskAttachment(String taskId, String attachmentId) {
        requireWork(taskId, null);
        return super.getTaskAttachment(taskId, attachmentId);
    }

    @Override
    public List<Attachment> getTaskAttachments(String taskId) {
        requireWork(taskId, null);
        return super.getTaskAttachments(taskId);
    }

    @Override
    public List<Attachment> getProcessInstanceAttachments(String processInstanceId) {
        requireWork(null, processInstanceId);
        return super.getProcessInstanceAttachments(processInstanceId);
    }

    @Override
    public void saveAttachment(Attachment attachment) {
        requireWorkOnAttachment(attachment.getId());
        super.saveAttachment(attachment);
    }

    private void requireWorkOnAttachment(String attachmentId) {
        if (isTrusted() || attachmentId == null) {
            return;
        }
        AttachmentEntity attachment = commandExecutor.execute(
                context -> context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId));
        if (attachment == null) {
            return; // the engine answers an unknown attachment itself
        }
        requireWork(attachment.getTaskId(), attachment.getProcessInstanceId());
    }

    /** On the task when one is named, else on the process instance. */
    private void requireWork(String taskId, String processInstanceId) {
        if (isTrusted() || (taskId == null && processInstanceId == null)) {
            return;
        }
        boolean mayWork = commandExecutor.execute(context -> {
            if (!context.isAuthorizationCheckEnabled() || context.getAuthentication() == null) {
                return true;
            }
            return taskId != null ? mayWorkOn(context, taskId) : mayWorkOnInstance(context, processInstanceId);
        });
        if (!mayWork) {
            throw new EngineRefusal(
                    HttpStatus.NOT_FOUND,
                    "TASK_NOT_FOUND",
                    "没有找到该任务，或您不能办理该任务（只有任务的办理人和候选人可以查看和添加评论、附件）：" + (taskId != null ? taskId : processInstanceId));
        }
    }

    private static boolean mayWorkOn(CommandContext context, String taskId) {
        Authentication user = context.getAuthentication();
        return context.getAuthorizationManager()
                .isAuthorized(user.getUserId(), user.getGroupIds(), Permissions.TASK_WORK, Resources.TASK, taskId);
    }

    private static boolean mayWorkOnInstance(CommandContext context, String processInstanceId) {
        Authentication user = context.getAuthentication();
        AuthorizationManager authorizations = context.getAuthorizationManager();
        if (authorizations.isAuthorized(
                user.getUserId(),
                user.getGroupIds(),
                Permissions.UPDATE,
                Resources.PROCESS_INSTANCE,
                processInstanceId)) {
            return true;
        }
        List<TaskEntity> open = context.getTaskManager().findTasksByProcessInstanceId(processInstanceId);
        return open.stream().anyMatch(task -> mayWorkOn(context, task.getId()));
    }

    /** Inside an engine command (a listener), or no user: the engine's own work and our services. */
    private static boolean isTrusted() {
        return Context.getCommandContext() != null;
    }
}
