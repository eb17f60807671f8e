package cn.xuchang.hrss.subsidy.kernel;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;

/**
 * A refusal raised inside the engine (a command interceptor, a listener, the authorization provider), so that it holds
 * on every path to the engine: the engine's REST API, the webapps' engine API and the Java API. Thrown before or
 * inside the command, it rolls the command back and changes nothing. It carries the HTTP status and the stable code
 * that REST clients receive as problem JSON (review/EngineRefusalResponses); the message is the reason in Chinese.
 */
public class EngineRefusal extends BadUserRequestException {

    private final HttpStatus status;
    private final String code;

    public EngineRefusal(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static EngineRefusal badRequest(String code, String message) {
        return new EngineRefusal(HttpStatus.BAD_REQUEST, code, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
