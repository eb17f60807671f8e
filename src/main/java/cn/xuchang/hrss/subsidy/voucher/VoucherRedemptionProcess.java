package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.ClaimProcess;
import cn.xuchang.hrss.subsidy.claim.ClaimScheme;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;

/**
 * The process API of bpmn/training-voucher-redemption.bpmn, a claim of the shared claim machinery: the training
 * institution redeems certified vouchers (subject = voucher code), city review, public notice, payment; its own
 * element is the step that marks the paid vouchers REDEEMED. The amount is each voucher's face value, fixed when it
 * was issued, so the claim records no decision table of its own.
 */
public final class VoucherRedemptionProcess extends ClaimProcess {

    public static final String KEY = "training-voucher-redemption";
    public static final ClaimScheme CLAIMS = new ClaimScheme(Scheme.VOUCHER, KEY, null, USER_CORRECT_CLAIM)
            .withRoster("training-vouchers", RosterLayout.VOUCHER);

    public static final String GATEWAY_ANY_ELIGIBLE = "gateway_any_voucher_eligible";
    public static final String SERVICE_REDEEM_VOUCHERS = "service_redeem_vouchers";

    private VoucherRedemptionProcess() {}
}
