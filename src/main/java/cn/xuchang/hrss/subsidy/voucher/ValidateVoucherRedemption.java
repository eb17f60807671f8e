package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.ClaimValidation;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import org.springframework.stereotype.Component;

/** The redemption claim's validation step, {@code ${validateVoucherRedemption}} in bpmn/training-voucher-redemption.bpmn. */
@Component("validateVoucherRedemption")
class ValidateVoucherRedemption extends ClaimValidation {

    ValidateVoucherRedemption(VoucherRedemptionAssessor assessor, Claims claims, Ledger ledger) {
        super(assessor, claims, ledger);
    }
}
