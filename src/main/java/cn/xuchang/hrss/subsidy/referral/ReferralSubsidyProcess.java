package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.ClaimProcess;
import cn.xuchang.hrss.subsidy.claim.ClaimScheme;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;

/**
 * The process API of bpmn/referral-subsidy.bpmn: its key, its own element ids and variables; the element ids it shares
 * with the other claim processes are inherited from {@link ClaimProcess}, the shared variables are in ClaimVariables.
 */
public final class ReferralSubsidyProcess extends ClaimProcess.CountyReviewed {

    public static final String KEY = "referral-subsidy";
    public static final String DECISION_KEY = "referral-subsidy-standard";
    public static final ClaimScheme CLAIMS = new ClaimScheme(Scheme.REFERRAL, KEY, DECISION_KEY, USER_CORRECT_CLAIM)
            .withRoster("referral-subsidy", RosterLayout.REFERRAL);

    public static final String RULE_STANDARD = "rule_referral_standard";
    public static final String SERVICE_WITHDRAW = "service_withdraw_claim";

    /** Output of the decision table, fixed for the claim's whole life (a redeployed table applies to new claims). */
    public static final String AMOUNT_PER_PLACEMENT = "amountPerPlacement";

    private ReferralSubsidyProcess() {}
}
