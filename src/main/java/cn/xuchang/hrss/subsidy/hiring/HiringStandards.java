package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.claim.DecisionTables;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Standard;
import cn.xuchang.hrss.subsidy.registry.EnterpriseScale;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The hiring subsidy's amount per person and enterprise cap, read from one version of hiring-subsidy-standard.dmn
 * through {@link DecisionTables}: the version a claim recorded when it was submitted, or the version in force now
 * for the quota page (which names it).
 */
@Component
class HiringStandards {

    private final DecisionTables tables;

    HiringStandards(DecisionTables tables) {
        this.tables = tables;
    }

    /**
     * The claim's standard: its recorded version, for its enterprise's scale. In the submit's transaction the start's
     * business-rule task has just evaluated that very version (bpmn/hiring-subsidy.bpmn binds it by
     * {@link ClaimVariables#STANDARD_VERSION}), and its evaluation is the one the engine records with the claim's
     * history; its result is taken instead of evaluating the table a second time. A correction validated later
     * evaluates the recorded version here.
     */
    Standard of(VariableScope claim) {
        if (claim.getVariable(ClaimVariables.STANDARD_RESULT) instanceof DmnDecisionResult evaluated
                && !evaluated.isEmpty()) {
            Map<String, Object> outputs = evaluated.getSingleResult().getEntryMap();
            return new Standard(
                    DecisionTables.toAmount(outputs.get(HiringSubsidyProcess.AMOUNT_PER_PERSON)),
                    DecisionTables.toAmount(outputs.get(HiringSubsidyProcess.ENTERPRISE_CAP)));
        }
        String versionId = ClaimVariables.standardId(claim);
        String scale = (String) claim.getVariable(HiringSubsidyProcess.ENTERPRISE_SCALE);
        if (versionId == null) {
            // a claim submitted before the version was recorded: the amounts its start event evaluated
            return new Standard(
                    DecisionTables.toAmount(claim.getVariable(HiringSubsidyProcess.AMOUNT_PER_PERSON)),
                    DecisionTables.toAmount(claim.getVariable(HiringSubsidyProcess.ENTERPRISE_CAP)));
        }
        return of(versionId, scale)
                .orElseThrow(() -> new IllegalStateException(
                        "hiring-subsidy decision table " + versionId + " gave no amount for scale " + scale));
    }

    /** The standard of that version for an enterprise of that scale; empty when the table has no row for it. */
    java.util.Optional<Standard> of(String versionId, String scale) {
        return tables.evaluate(versionId, Map.of(HiringSubsidyProcess.ENTERPRISE_SCALE, scale))
                .map(outputs -> new Standard(
                        DecisionTables.toAmount(outputs.get(HiringSubsidyProcess.AMOUNT_PER_PERSON)),
                        DecisionTables.toAmount(outputs.get(HiringSubsidyProcess.ENTERPRISE_CAP))));
    }

    /** The cap a claim submitted now would get, and the version it comes from. */
    Cap capNow(EnterpriseScale scale) {
        DecisionTables.Version version = tables.current(HiringSubsidyProcess.DECISION_KEY);
        BigDecimal cap = of(version.id(), scale.name()).map(Standard::cap).orElse(BigDecimal.ZERO);
        return new Cap(cap, version);
    }

    record Cap(BigDecimal amount, DecisionTables.Version version) {}
}
