package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Quota;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The scheme-specific half of a claim's validation: which lines are eligible and for how much. */
public interface ClaimAssessor {

    /**
     * Assesses the submitted lines against the registries.
     *
     * @param quota what the applicant already holds in the scheme (locked for this transaction)
     * @param granted the subjects already granted in the scheme (the ledger, read once here for every scheme)
     * @param variables the process variables, e.g. the amounts the decision table gave this claim
     */
    Assessment assess(Claim claim, List<ClaimItem> submitted, Quota quota, Granted granted, VariableScope variables);

    /** The ledger as an assessor reads it: which of these subjects already hold a reserved or paid grant. */
    @FunctionalInterface
    interface Granted {
        /** The grant keys among {@code keys} that hold a live grant of the claim's scheme, whoever claimed them. */
        Set<String> among(Set<String> keys);
    }

    /** An assessed line, and the grant key it reserves when eligible. */
    record AssessedItem(ClaimItem item, String grantKey) {

        /** A line as a scheme's rule assessed it: eligible when it fails no rule, then reserving {@code grantKey}. */
        public static AssessedItem of(
                int lineNo,
                String subject,
                String personName,
                String employerCreditCode,
                LocalDate startedOn,
                List<String> reasons,
                BigDecimal amount,
                String grantKey) {
            boolean eligible = reasons.isEmpty();
            ClaimItem item = new ClaimItem(
                    null,
                    lineNo,
                    subject,
                    personName,
                    employerCreditCode,
                    startedOn,
                    eligible,
                    amount,
                    String.join(",", reasons));
            return new AssessedItem(item, eligible ? grantKey : null);
        }
    }

    /** The assessed lines, and the cap on reserved + paid (null: no cap). */
    record Assessment(List<AssessedItem> items, BigDecimal cap) {}
}
