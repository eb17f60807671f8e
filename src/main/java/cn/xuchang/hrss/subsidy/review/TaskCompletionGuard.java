package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a reviewer's decision before the engine completes a review task, through the engine's REST API or Tasklist's,
 * so that a wrong decision, a missing reason, a score or an amount out of range is answered with 400 problem JSON, and
 * a second completion by the same user of a task one user may do only once with 409, and the task stays open (inside
 * the engine, a refusing task listener can only surface as a server error). What to check comes from the task's
 * properties in the BPMN (see {@link ReviewRules}), so it holds for every process that uses them. The same check runs again in
 * {@link RecordReviewDecision}, for completions that do not come through HTTP.
 */
public class TaskCompletionGuard extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/([^/]+))/task/([^/]+)/(?:complete|submit-form)$");
    private static final int MAX_BODY = 1_000_000;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Reviews reviews;
    private final ObjectMapper json;
    private final ConcurrentHashMap<String, TaskRules> rulesByTask = new ConcurrentHashMap<>();

    public TaskCompletionGuard(
            TaskService tasks,
            RepositoryService repository,
            RuntimeService runtime,
            IdentityService identity,
            Reviews reviews,
            ObjectMapper json) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.reviews = reviews;
        this.json = json;
    }

    /** What the BPMN says a completion of the task must satisfy (ReviewRules' task properties). */
    private record TaskRules(List<String> decisions, int[] scoreRange, List<String> amountRange, boolean oncePerUser) {
        boolean isEmpty() {
            return decisions.isEmpty() && scoreRange == null && amountRange.isEmpty() && !oncePerUser;
        }
    }

    /** A refusal: the status, the stable code and the reason in Chinese. */
    private record Refusal(HttpStatus status, String code, String detail) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !COMPLETION.matcher(pathOf(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = COMPLETION.matcher(pathOf(request));
        if (!matcher.matches() || request.getContentLengthLong() > MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        HttpServletRequest replay = new ReplayedBody(request, body);
        // the task as the caller sees it: a task outside the caller's groups is left to the engine to refuse
        Task task = tasks.createTaskQuery().taskId(matcher.group(2)).singleResult();
        TaskRules rules = task == null ? null : rulesOf(task);
        if (rules == null || rules.isEmpty()) {
            chain.doFilter(replay, response);
            return;
        }
        Refusal refusal = refusal(task, rules, parse(body).path("variables"), callerOf(request, matcher.group(1)));
        if (refusal != null) {
            response.setStatus(refusal.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(
                    response.getOutputStream(),
                    Problems.of(
                            refusal.status(), refusal.code(), Problems.titleFor(refusal.status()), refusal.detail()));
            return;
        }
        chain.doFilter(replay, response);
    }

    private Refusal refusal(Task task, TaskRules rules, JsonNode variables, String userId) {
        Object decision = valueOf(variables, ReviewVariables.DECISION);
        Object comment = valueOf(variables, ReviewVariables.COMMENT);
        if (!rules.decisions().isEmpty()) {
            String refusal = ReviewRules.refusal(rules.decisions(), decision, comment);
            if (refusal != null) {
                return new Refusal(HttpStatus.BAD_REQUEST, "INVALID_DECISION", refusal);
            }
        }
        if (rules.scoreRange() != null) {
            String refusal = ReviewRules.scoreRefusal(rules.scoreRange(), valueOf(variables, ReviewVariables.SCORE));
            if (refusal == null && comment instanceof String text && text.length() > ReviewRules.MAX_COMMENT_LENGTH) {
                refusal = "评审意见不能超过 " + ReviewRules.MAX_COMMENT_LENGTH + " 个字";
            }
            if (refusal != null) {
                return new Refusal(HttpStatus.BAD_REQUEST, "INVALID_SCORE", refusal);
            }
        }
        if (!rules.amountRange().isEmpty() || rules.oncePerUser()) {
            // limits and earlier completions are process data the caller need not be allowed to read itself
            Authentication caller = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                if (!rules.amountRange().isEmpty()) {
                    String refusal = ReviewRules.amountRefusal(
                            decision,
                            valueOf(variables, ReviewVariables.AMOUNT),
                            runtime.getVariable(
                                    task.getExecutionId(), rules.amountRange().get(0)),
                            runtime.getVariable(
                                    task.getExecutionId(), rules.amountRange().get(1)));
                    if (refusal != null) {
                        return new Refusal(HttpStatus.BAD_REQUEST, "INVALID_AMOUNT", refusal);
                    }
                }
                if (rules.oncePerUser() && userId != null) {
                    ProcessInstance instance = runtime.createProcessInstanceQuery()
                            .processInstanceId(task.getProcessInstanceId())
                            .singleResult();
                    if (instance != null
                            && reviews.hasDone(instance.getBusinessKey(), task.getTaskDefinitionKey(), userId)) {
                        return new Refusal(
                                HttpStatus.CONFLICT, "ALREADY_DECIDED", "您已办理过该申请的“" + task.getName() + "”，同一人只能办理一次");
                    }
                }
            } finally {
                if (caller != null) {
                    identity.setAuthentication(caller);
                }
            }
        }
        return null;
    }

    /**
     * The user completing the task: the engine REST API's authenticated user, or for Tasklist's own API the user logged
     * in to the webapp (kept in the HTTP session); null when unknown, and the task listener then checks alone.
     */
    private String callerOf(HttpServletRequest request, String webappEngine) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        HttpSession session = webappEngine == null ? null : request.getSession(false);
        Authentications webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        var user = webapp == null ? null : webapp.getAuthenticationForProcessEngine(webappEngine);
        return user == null ? null : user.getIdentityId();
    }

    private TaskRules rulesOf(Task task) {
        String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
        return rulesByTask.computeIfAbsent(key, k -> {
            if (task.getProcessDefinitionId() == null) {
                return new TaskRules(List.of(), null, List.of(), false);
            }
            // read as the system: the caller may see the task without seeing its process definition
            Authentication caller = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            UserTask element;
            try {
                element = repository
                        .getBpmnModelInstance(task.getProcessDefinitionId())
                        .getModelElementById(task.getTaskDefinitionKey());
            } finally {
                if (caller != null) {
                    identity.setAuthentication(caller);
                }
            }
            return new TaskRules(
                    ReviewRules.decisionsOf(element),
                    ReviewRules.scoreRangeOf(element),
                    ReviewRules.amountRangeOf(element),
                    ReviewRules.isOncePerUser(element));
        });
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static Object valueOf(JsonNode variables, String name) {
        JsonNode value = variables.path(name).path("value");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        return value.toString();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The request with its body read once and served again to the engine. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(
                    new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
