package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimValidation;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import org.springframework.stereotype.Component;

/** The hiring claim's validation step, {@code ${validateHiringClaim}} in bpmn/hiring-subsidy.bpmn. */
@Component("validateHiringClaim")
class ValidateHiringClaim extends ClaimValidation {

    ValidateHiringClaim(HiringClaimAssessor assessor, Claims claims, Ledger ledger) {
        super(assessor, claims, ledger);
    }
}
