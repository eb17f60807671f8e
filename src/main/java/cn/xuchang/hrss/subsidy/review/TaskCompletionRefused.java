package cn.xuchang.hrss.subsidy.review;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;

/**
 * The engine refuses to run a task command: a completion that breaks the task's rules, or an action on a task that a
 * workflow user may not take. It carries the HTTP status and the stable code that REST clients receive as problem JSON
 * ({@link EngineRefusalResponses}); the message is the reason in Chinese. Thrown before the command runs, so nothing is
 * changed and the task stays open.
 */
public class TaskCompletionRefused extends BadUserRequestException {

    private final HttpStatus status;
    private final String code;

    public TaskCompletionRefused(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static TaskCompletionRefused badRequest(String code, String message) {
        return new TaskCompletionRefused(HttpStatus.BAD_REQUEST, code, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
