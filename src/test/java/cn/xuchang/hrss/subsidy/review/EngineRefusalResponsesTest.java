package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The engine's REST resources wrap what went wrong into a 500: a completion that lost a race on its task (the engine's
 * optimistic lock) is answered 409 in Chinese; any other failure keeps the engine's answer.
 */
class EngineRefusalResponsesTest {

    private final ContainerResponseContext response = mock(ContainerResponseContext.class);

    @Test
    void shouldAnswerALostRaceOnATaskAs409InChinese() throws Exception {
        RestException thrown = new RestException(
                jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException(
                        "wrapped",
                        new OptimisticLockingException("Entity was updated by another transaction concurrently")),
                "Cannot complete task");

        new EngineRefusalResponses().filter(requestThat(thrown), response);

        verify(response).setStatus(409);
        ArgumentCaptor<Object> entity = ArgumentCaptor.forClass(Object.class);
        verify(response).setEntity(entity.capture(), any(Annotation[].class), any(MediaType.class));
        JsonNode problem = new ObjectMapper().readTree((String) entity.getValue());
        assertThat(problem.path("code").asText()).isEqualTo("CHANGED_MEANWHILE");
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("message").asText()).contains("请刷新后重试");
    }

    @Test
    void shouldLeaveAnyOtherFailureAsTheEngineAnsweredIt() throws Exception {
        RestException thrown = new RestException(
                jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("something else"),
                "Cannot complete task");

        new EngineRefusalResponses().filter(requestThat(thrown), response);

        verify(response, never()).setStatus(anyInt());
    }

    private static ContainerRequestContext requestThat(Throwable thrown) {
        ExtendedUriInfo info = mock(ExtendedUriInfo.class);
        when(info.getMappedThrowable()).thenReturn(thrown);
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getUriInfo()).thenReturn(info);
        return request;
    }
}
