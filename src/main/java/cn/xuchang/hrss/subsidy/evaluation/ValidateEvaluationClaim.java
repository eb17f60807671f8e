package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.ClaimValidation;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import org.springframework.stereotype.Component;

/** The evaluation claim's validation step, {@code ${validateEvaluationClaim}} in bpmn/evaluation-subsidy.bpmn. */
@Component("validateEvaluationClaim")
class ValidateEvaluationClaim extends ClaimValidation {

    ValidateEvaluationClaim(EvaluationClaimAssessor assessor, Claims claims, Ledger ledger) {
        super(assessor, claims, ledger);
    }
}
