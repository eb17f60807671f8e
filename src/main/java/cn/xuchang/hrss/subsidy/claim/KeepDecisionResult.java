package cn.xuchang.hrss.subsidy.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code ${keepDecisionResult}}, the end listener of a claim's business-rule task: hands the table's result to the rest
 * of the submit's transaction (its validation) as the transient variable {@link ClaimVariables#STANDARD_RESULT}, so
 * that the table is evaluated once per claim and its evaluation is the one recorded with the claim's history. Nothing
 * is stored: the engine leaves the result in its own transient variable {@value #ENGINE_RESULT}, local to the task.
 */
@Component("keepDecisionResult")
public class KeepDecisionResult implements ExecutionListener {

    /** Where the engine leaves a business-rule task's result (DecisionEvaluationUtil.DECISION_RESULT_VARIABLE). */
    static final String ENGINE_RESULT = "decisionResult";

    @Override
    public void notify(DelegateExecution execution) {
        Object result = execution.getVariableLocal(ENGINE_RESULT);
        if (result != null) {
            execution
                    .getProcessInstance()
                    .setVariableLocal(
                            ClaimVariables.STANDARD_RESULT,
                            Variables.objectValue(result, true).create());
        }
    }
}
