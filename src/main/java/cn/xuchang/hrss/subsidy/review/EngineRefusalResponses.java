package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import cn.xuchang.hrss.subsidy.kernel.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Answers a refusal of the engine ({@link EngineRefusal}) as problem JSON with its status and code, in both
 * Jersey applications that reach the engine: the REST API under {@code /engine-rest} and the webapps' engine API that
 * Tasklist calls. Their resources wrap every engine exception of a completion into a 500 "RestException"; this response
 * filter finds the refusal among the causes of the exception that was mapped and replaces that answer. Beside
 * {@code title} and {@code detail} the body carries {@code message}, the sentence Tasklist shows the reviewer. A
 * completion that lost a race with another on the same task (the engine's optimistic lock) is answered 409
 * {@code CHANGED_MEANWHILE} in Chinese instead of the engine's English 500; nothing of it was stored. Jersey
 * registers it in every application through {@link Discovery} (META-INF/services); the rule itself stays in the engine.
 */
public class EngineRefusalResponses implements ContainerResponseFilter {

    private static final ObjectMapper JSON =
            new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo info)) {
            return;
        }
        Throwable thrown = info.getMappedThrowable();
        EngineRefusal refusal = refusalIn(thrown);
        if (refusal != null) {
            answer(response, refusal.status(), refusal.code(), refusal.getMessage());
        } else if (lostRace(thrown)) {
            answer(response, HttpStatus.CONFLICT, RACE_LOST, "该任务或数据刚刚被他人处理或修改，本次操作未生效，请刷新后重试");
        }
    }

    /** The code of a completion that lost a race with another on the same task (the engine's optimistic lock). */
    static final String RACE_LOST = "CHANGED_MEANWHILE";

    private static void answer(ContainerResponseContext response, HttpStatus status, String code, String message)
            throws JsonProcessingException {
        ProblemDetail problem = Problems.of(status, code, Problems.titleFor(status), message);
        problem.setProperty("message", message);
        response.setStatus(status.value());
        response.setEntity(JSON.writeValueAsString(problem), new Annotation[0], PROBLEM_JSON);
    }

    static boolean lostRace(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    static EngineRefusal refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EngineRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Registers the filter in every Jersey application of this process, even where auto-discovery is off. */
    public static class Discovery implements ForcedAutoDiscoverable {
        @Override
        public void configure(FeatureContext context) {
            if (!context.getConfiguration().isRegistered(EngineRefusalResponses.class)) {
                context.register(EngineRefusalResponses.class);
            }
        }
    }
}
