package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.ClaimValidation;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import org.springframework.stereotype.Component;

/** The referral claim's validation step, {@code ${validateReferralClaim}} in bpmn/referral-subsidy.bpmn. */
@Component("validateReferralClaim")
class ValidateReferralClaim extends ClaimValidation {

    ValidateReferralClaim(ReferralClaimAssessor assessor, Claims claims, Ledger ledger) {
        super(assessor, claims, ledger);
    }
}
