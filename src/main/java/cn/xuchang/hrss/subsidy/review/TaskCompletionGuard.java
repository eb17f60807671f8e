package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.system.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a reviewer's decision before the engine completes a review task, through the engine's REST API or Tasklist's,
 * so that a wrong decision or a missing reason is answered with 400 problem JSON and the task stays open (inside the
 * engine, a refusing task listener can only surface as a server error). The same check runs again in
 * {@link RecordReviewDecision}, for completions that do not come through HTTP.
 */
public class TaskCompletionGuard extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)$");
    private static final int MAX_BODY = 1_000_000;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final ObjectMapper json;
    private final ConcurrentHashMap<String, List<String>> decisionsByTask = new ConcurrentHashMap<>();

    public TaskCompletionGuard(
            TaskService tasks, RepositoryService repository, IdentityService identity, ObjectMapper json) {
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
        this.json = json;
    }

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
        Task task = tasks.createTaskQuery().taskId(matcher.group(1)).singleResult();
        List<String> allowed = task == null ? List.of() : decisionsOf(task);
        if (allowed.isEmpty()) {
            chain.doFilter(replay, response);
            return;
        }
        JsonNode variables = parse(body).path("variables");
        String refusal = ReviewRules.refusal(
                allowed, valueOf(variables, ReviewVariables.DECISION), valueOf(variables, ReviewVariables.COMMENT));
        if (refusal != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(
                    response.getOutputStream(),
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "INVALID_DECISION",
                            Problems.titleFor(HttpStatus.BAD_REQUEST),
                            refusal));
            return;
        }
        chain.doFilter(replay, response);
    }

    /** Reads the task's model as the system: the caller may see the task without seeing its process definition. */
    private List<String> decisionsOf(Task task) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return modelDecisionsOf(task);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private List<String> modelDecisionsOf(Task task) {
        String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
        return decisionsByTask.computeIfAbsent(key, k -> {
            if (task.getProcessDefinitionId() == null) {
                return List.of();
            }
            UserTask element = repository
                    .getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            return ReviewRules.decisionsOf(element);
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
        return value.isTextual() ? value.asText() : value.toString();
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
