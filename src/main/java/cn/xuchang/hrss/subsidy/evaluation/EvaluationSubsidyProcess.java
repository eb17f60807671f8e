package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.ClaimProcess;
import cn.xuchang.hrss.subsidy.claim.ClaimScheme;
import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process API of bpmn/evaluation-subsidy.bpmn: its key, its own element ids and variables; the element ids it
 * shares with the other claim processes are inherited from {@link ClaimProcess}, the shared variables are in
 * ClaimVariables.
 */
public final class EvaluationSubsidyProcess extends ClaimProcess {

    public static final String KEY = "evaluation-subsidy";
    public static final String DECISION_KEY = "evaluation-subsidy-standard";
    public static final ClaimScheme CLAIMS = new ClaimScheme(Scheme.EVALUATION, KEY, DECISION_KEY, USER_CORRECT_CLAIM)
            .withRoster("evaluation-subsidy", RosterLayout.EVALUATION);

    public static final String GATEWAY_FOR_REVIEW = "gateway_anything_to_review";
    public static final String SERVICE_RECORD_NOTHING_PAYABLE = "service_record_nothing_payable";

    /** The decision-table version of a claim submitted before {@link ClaimVariables#STANDARD_ID} was shared. */
    static final String LEGACY_STANDARD_ID = "evaluationStandardId";

    /** Inputs and output of the decision table. */
    public static final String CERTIFICATE_KIND = "certificateKind";

    public static final String LEVEL = "level";
    public static final String AMOUNT = "amount";

    private EvaluationSubsidyProcess() {}

    /** The decision-table version the claim is validated with (recorded at submission). */
    static String standardId(VariableScope variables) {
        Object id = variables.getVariable(ClaimVariables.STANDARD_ID);
        return (String) (id != null ? id : variables.getVariable(LEGACY_STANDARD_ID));
    }
}
