package cn.xuchang.hrss.subsidy.system;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;

/**
 * A refusal raised inside the engine (a command, a listener, the authorization provider), so that it holds on every
 * path to the engine; it rolls the command back. On the engine's REST API it leaves as problem JSON with its status
 * and stable code ({@link EngineRestProblems}); elsewhere it is a {@link BadUserRequestException} with a Chinese
 * message.
 */
public class EngineRefusal extends BadUserRequestException {

    private final HttpStatus status;
    private final String code;

    public EngineRefusal(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
