package cn.xuchang.hrss.subsidy.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision table bpmn/hiring-subsidy-standard.dmn says what 三(三)8 says. */
class HiringSubsidyStandardTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in =
                HiringSubsidyStandardTest.class.getResourceAsStream("/bpmn/hiring-subsidy-standard.dmn")) {
            decision = engine.parseDecision(HiringSubsidyProcess.DECISION_KEY, in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MICRO", "SMALL", "MEDIUM"})
    void shouldGrantAThousandYuanPerPersonUpToTwoMillionToAnSme(String scale) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Map.of("enterpriseScale", scale));

        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry("amountPerPerson", 1000L)
                .containsEntry("enterpriseCap", 2_000_000L);
    }

    @Test
    void shouldHaveNoStandardForALargeEnterprise() {
        assertThat(engine.evaluateDecisionTable(decision, Map.of("enterpriseScale", "LARGE")))
                .isEmpty();
    }
}
