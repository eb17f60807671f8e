package cn.xuchang.hrss.subsidy.claim;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * The one way to read a policy figure: a claim records, when it is submitted, the version of its scheme's decision
 * table then deployed ({@link ClaimVariables#STANDARD_ID}); everything that checks or shows an amount or a cap for it
 * evaluates that version here, so a table redeployed from Modeler applies to new claims only.
 */
@Service
public class DecisionTables {

    /** A decision table's version as a page names it: {@code hiring-subsidy-standard} version 2. */
    public record Version(String id, String key, int version) {}

    private final RepositoryService repository;
    private final DecisionService decisions;

    DecisionTables(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    /** The version deployed now, the one a claim submitted now is validated with. */
    public Version current(String decisionKey) {
        DecisionDefinition latest = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            throw new IllegalStateException("decision table " + decisionKey + " is not deployed");
        }
        return new Version(latest.getId(), latest.getKey(), latest.getVersion());
    }

    /** The outputs of the recorded version for these inputs; empty when no rule matches. */
    public Optional<Map<String, Object>> evaluate(String versionId, Map<String, Object> inputs) {
        DmnDecisionResult result =
                decisions.evaluateDecisionById(versionId).variables(inputs).evaluate();
        return result.isEmpty()
                ? Optional.empty()
                : Optional.of(result.getSingleResult().getEntryMap());
    }

    /** One output of the recorded version as an amount in yuan; empty when no rule matches or the output is empty. */
    public Optional<BigDecimal> amount(String versionId, Map<String, Object> inputs, String output) {
        return evaluate(versionId, inputs).map(outputs -> outputs.get(output)).map(DecisionTables::toAmount);
    }

    /** A decision table's output (long, integer, double or decimal) as an amount in yuan. */
    public static BigDecimal toAmount(Object value) {
        if (value == null) {
            throw new IllegalStateException("a decision table gave no amount");
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        throw new IllegalStateException("a decision table gave " + value + " where an amount was expected");
    }
}
