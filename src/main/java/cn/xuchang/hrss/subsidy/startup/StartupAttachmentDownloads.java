package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.attachment.Attachments;
import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The attachments of a startup-award application, opened from the review forms in Tasklist. The caller is the user
 * logged in to the webapps in this HTTP session (Tasklist sends its session cookie with a link it opens; it takes no
 * HTTP Basic). Allowed to whoever may work on an open task of the application's process instance ({@code TASK_WORK}:
 * its assignee and candidates), to the city and to administrators; anyone else learns nothing, not even that the
 * application exists (404).
 */
@RestController
class StartupAttachmentDownloads {

    static final String ENGINE = "default";
    static final String PATH = "/review-files/startup-awards/";

    /**
     * The attachments of an application as markdown, one link a line, for the review forms' text view: the label
     * escaped (an applicant chooses it), the name percent-encoded in the path.
     */
    static String links(String applicationId, List<String> names) {
        if (names.isEmpty()) {
            return "（未列出附件）";
        }
        StringBuilder markdown = new StringBuilder();
        for (String name : names) {
            String label = name.replaceAll("([\\\\`*_{}\\[\\]()<>#+!|~-])", "\\\\$1");
            String path = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
            markdown.append("- [")
                    .append(label)
                    .append("](")
                    .append(PATH)
                    .append(applicationId)
                    .append("/attachments/")
                    .append(path)
                    .append(")\n");
        }
        return markdown.toString().strip();
    }

    private final Attachments attachments;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    StartupAttachmentDownloads(Attachments attachments, TaskService tasks, AuthorizationService authorizations) {
        this.attachments = attachments;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @GetMapping(PATH + "{id}/attachments/{name}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String name, HttpServletRequest request) {
        UserAuthentication user = webappUser(request.getSession(false));
        if (user == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "请先登录任务列表（Tasklist）再打开附件");
        }
        if (!mayOpen(user, id)) {
            throw notFound();
        }
        byte[] file = attachments.read(id, name);
        if (file == null) {
            throw notFound();
        }
        return ResponseEntity.ok()
                .contentType(Attachments.mediaTypeOf(name))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file);
    }

    private boolean mayOpen(UserAuthentication user, String applicationId) {
        List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
        if (groups.contains(Groups.ADMIN) || groups.contains(Groups.CITY_REVIEWER)) {
            return true;
        }
        List<Task> open = tasks.createTaskQuery()
                .processDefinitionKey(StartupAwardProcess.KEY)
                .processInstanceBusinessKey(applicationId)
                .list();
        return open.stream()
                .anyMatch(task -> authorizations.isUserAuthorized(
                        user.getIdentityId(), groups, Permissions.TASK_WORK, Resources.TASK, task.getId()));
    }

    private static UserAuthentication webappUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        return AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(ENGINE)
                        instanceof UserAuthentication login
                ? login
                : null;
    }

    private static ApiException notFound() {
        return ApiException.notFound("NOT_FOUND", "没有找到该附件，或您不能办理该申请的任务");
    }
}
