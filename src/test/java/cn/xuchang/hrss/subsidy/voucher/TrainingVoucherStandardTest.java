package cn.xuchang.hrss.subsidy.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The default face values of bpmn/training-voucher-standard.dmn (the bureau's to change): 1000, 1500, 2000. */
class TrainingVoucherStandardTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in =
                TrainingVoucherStandardTest.class.getResourceAsStream("/bpmn/training-voucher-standard.dmn")) {
            decision = engine.parseDecision(TrainingVoucherProcess.DECISION_KEY, in);
        }
    }

    @ParameterizedTest
    @CsvSource({"JUNIOR, 1000", "INTERMEDIATE, 1500", "SENIOR, 2000"})
    void shouldGiveTheDefaultFaceValueOfTheLevel(String level, long faceValue) {
        assertThat(evaluate(level).getSingleResult().getEntryMap())
                .containsEntry(TrainingVoucherProcess.FACE_VALUE_OUTPUT, faceValue);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"APPRENTICE", "TECHNICIAN", "SENIOR_TECHNICIAN", "PRINCIPAL_TECHNICIAN", "CHIEF_TECHNICIAN"})
    void shouldHaveNoFaceValueForTheOtherLevels(String level) {
        assertThat(evaluate(level)).isEmpty();
    }

    private static DmnDecisionTableResult evaluate(String level) {
        return engine.evaluateDecisionTable(decision, Map.of(TrainingVoucherProcess.LEVEL, level));
    }
}
