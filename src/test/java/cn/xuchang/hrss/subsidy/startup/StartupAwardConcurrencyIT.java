package cn.xuchang.hrss.subsidy.startup;

import static cn.xuchang.hrss.subsidy.support.Concurrently.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** One award per founder and category holds when applications hit the API at the same moment. */
class StartupAwardConcurrencyIT extends ApiIntegrationTest {

    @Test
    void shouldAcceptExactlyOneOfTwoApplicationsForTheSameFounderAtOnce() throws Exception {
        String founder = TestData.idNumber();
        String first = enterprise("SMALL", WEIDU);
        String second = enterprise("SMALL", JIANAN);

        List<Response> responses = atOnce(List.<Callable<Response>>of(
                () -> as(first).post("/api/v1/startup-awards/applications", StartupAwardApiIT.body("PROJECT", founder)),
                () -> as(second)
                        .post("/api/v1/startup-awards/applications", StartupAwardApiIT.body("PROJECT", founder))));

        assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(201, 422);
        assertThat(responses.stream().filter(r -> r.status() == 422))
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("ALREADY_AWARDED"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_grant WHERE scheme = 'STARTUP_PROJECT' AND active_key = ?",
                        Integer.class,
                        "FOUNDER:" + founder))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id IN (?, ?)",
                        Integer.class,
                        first,
                        second))
                .isEqualTo(1);
    }

    @Test
    void shouldAcceptExactlyOneOfSeveralApplicationsOfOneEnterpriseAtOnce() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);

        List<Response> responses = atOnce(List.<Callable<Response>>of(
                () -> as(enterprise)
                        .post(
                                "/api/v1/startup-awards/applications",
                                StartupAwardApiIT.body("PARK", TestData.idNumber())),
                () -> as(enterprise)
                        .post(
                                "/api/v1/startup-awards/applications",
                                StartupAwardApiIT.body("PARK", TestData.idNumber())),
                () -> as(enterprise)
                        .post(
                                "/api/v1/startup-awards/applications",
                                StartupAwardApiIT.body("PARK", TestData.idNumber()))));

        assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(201, 422, 422);
    }
}
