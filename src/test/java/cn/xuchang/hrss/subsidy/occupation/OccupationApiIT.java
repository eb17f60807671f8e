package cn.xuchang.hrss.subsidy.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/v1/occupations and the table {@code occupation} the start-up fills from the same data set. */
class OccupationApiIT extends ApiIntegrationTest {

    @Autowired
    Occupations occupations;

    @Test
    void shouldListTheCatalogueWithoutLoginByCodeAndName() {
        Response listed = api.anonymous().get("/api/v1/occupations");

        assertThat(listed.status()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode o : listed.body()) {
            lines.add(o.path("code").asText() + " " + o.path("name").asText());
        }
        assertThat(lines).contains("6-31-01-03 电工", "6-18-02-04 焊工", "4-10-01-05 养老护理员");
        assertThat(lines).hasSize(occupations.all().size());
    }

    @Test
    void shouldHoldTheDataSetInTheOccupationTable() {
        List<String> stored =
                jdbc.queryForList("SELECT CONCAT(code, ' ', name) FROM occupation ORDER BY code", String.class);

        assertThat(stored).hasSize(occupations.all().size());
        assertThat(stored).contains("6-31-01-03 电工", "6-09-04-02 陶瓷成型施釉工");
        assertThat(jdbc.queryForObject("SELECT aliases FROM occupation WHERE code = '6-31-01-03'", String.class))
                .contains("维修电工");
    }
}
