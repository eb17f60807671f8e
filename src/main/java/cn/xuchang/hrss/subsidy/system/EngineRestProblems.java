package cn.xuchang.hrss.subsidy.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Lets an {@link EngineRefusal} leave the engine's REST API as our problem JSON: thrown straight through (e.g. adding
 * an identity link), wrapped by the engine (a task listener's) or by the REST resource into a {@link RestException}
 * (completing a task turns every engine exception into a 500). Every other exception keeps the engine's own mapping.
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

    /** The mappers, for /engine-rest here and for the webapps' engine API ({@link WebappEngineApi}). */
    static final List<Class<?>> MAPPERS =
            List.of(Refusals.class, RefusalsInRestExceptions.class, RefusalsInEngineExceptions.class);

    @Override
    public void customize(ResourceConfig config) {
        MAPPERS.forEach(config::register);
    }

    /** The problem as a plain map: the engine's JSON mapper does not know Spring's ProblemDetail. */
    static Response problem(EngineRefusal refusal) {
        ProblemDetail problem = Problems.of(
                refusal.status(), refusal.code(), Problems.titleFor(refusal.status()), refusal.getMessage());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.putAll(problem.getProperties());
        return Response.status(refusal.status().value())
                .type(MediaType.valueOf("application/problem+json;charset=UTF-8"))
                .entity(body)
                .build();
    }

    @Priority(1)
    static class Refusals implements ExceptionMapper<EngineRefusal> {
        @Override
        public Response toResponse(EngineRefusal refusal) {
            return problem(refusal);
        }
    }

    /** Before the engine's own mapper of RestException, for one that wraps a refusal only (completing a task). */
    @Priority(1)
    static class RefusalsInRestExceptions implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException exception) {
            return refusalIn(exception) != null;
        }

        @Override
        public Response toResponse(RestException exception) {
            return problem(refusalIn(exception));
        }
    }

    /** Before the engine's own mapper, for an engine exception that wraps a refusal (a listener's). */
    @Priority(1)
    static class RefusalsInEngineExceptions implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException exception) {
            return refusalIn(exception) != null;
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return problem(refusalIn(exception));
        }
    }

    private static EngineRefusal refusalIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof EngineRefusal refusal) {
                return refusal;
            }
            if (cause.getCause() == cause) {
                return null;
            }
        }
        return null;
    }
}
