package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Quota;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The scheme-specific half of a claim's validation: which lines are eligible and for how much. */
public interface ClaimAssessor {

    Scheme scheme();

    /**
     * Assesses the submitted lines against the registries.
     *
     * @param quota what the applicant already holds in the scheme (locked for this transaction)
     * @param variables the process variables, e.g. the amounts the decision table gave this claim
     */
    Assessment assess(Claim claim, List<ClaimItem> submitted, Quota quota, VariableScope variables);

    /** An assessed line, and the grant key it reserves when eligible. */
    record AssessedItem(ClaimItem item, String grantKey) {}

    /** The assessed lines, and the cap on reserved + paid (null: no cap). */
    record Assessment(List<AssessedItem> items, BigDecimal cap) {}
}
