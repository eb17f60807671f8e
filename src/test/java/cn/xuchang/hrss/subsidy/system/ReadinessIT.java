package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/** The readiness check that container health checks, the load balancer and the cluster tests poll. */
class ReadinessIT extends ApiIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void shouldAnswerReadyWithoutALoginOnceTheApplicationHasStarted() {
        Response response = api.anonymous().get("/api/v1/readiness");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("status")).isEqualTo("UP");
    }

    @Test
    void shouldRefuseWithAProblemWhileTheNodeDoesNotTakeRequests() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            Response response = api.anonymous().get("/api/v1/readiness");

            assertThat(response.status()).as(response.toString()).isEqualTo(503);
            assertThat(response.code()).isEqualTo("NOT_READY");
            assertThat(response.contentType()).startsWith("application/problem+json");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(api.anonymous().get("/api/v1/readiness").status()).isEqualTo(200);
    }
}
