package cn.xuchang.hrss.subsidy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision table bpmn/evaluation-subsidy-standard.dmn says what 三(二)5 says. */
class EvaluationSubsidyStandardTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in =
                EvaluationSubsidyStandardTest.class.getResourceAsStream("/bpmn/evaluation-subsidy-standard.dmn")) {
            decision = engine.parseDecision(EvaluationSubsidyProcess.DECISION_KEY, in);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "SKILL_LEVEL, JUNIOR, 200",
        "SKILL_LEVEL, INTERMEDIATE, 240",
        "SKILL_LEVEL, SENIOR, 280",
        "SKILL_LEVEL, TECHNICIAN, 350",
        "SKILL_LEVEL, SENIOR_TECHNICIAN, 380",
        "QUALIFICATION, JUNIOR, 200",
        "QUALIFICATION, SENIOR_TECHNICIAN, 380"
    })
    void shouldGrantTheSeedAmountPerLevel(String kind, String level, long amount) {
        assertThat(evaluate(kind, level).getSingleResult().getEntryMap()).containsEntry("amount", amount);
    }

    @Test
    void shouldGrantAHundredForASpecialAbility() {
        assertThat(evaluate("SPECIAL_ABILITY", null).getSingleResult().getEntryMap())
                .containsEntry("amount", 100L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"APPRENTICE", "PRINCIPAL_TECHNICIAN", "CHIEF_TECHNICIAN"})
    void shouldHaveNoStandardForTheLevelsTheSeedDoesNotName(String level) {
        assertThat(evaluate("SKILL_LEVEL", level)).isEmpty();
    }

    private static DmnDecisionTableResult evaluate(String kind, String level) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("certificateKind", kind);
        variables.put("level", level);
        return engine.evaluateDecisionTable(decision, variables);
    }
}
