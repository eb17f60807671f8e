package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimProcess;
import cn.xuchang.hrss.subsidy.claim.ClaimScheme;
import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;

/**
 * The process API of bpmn/hiring-subsidy.bpmn: its key, its own element ids and variables; the element ids it shares
 * with the other claim processes are inherited from {@link ClaimProcess}, the shared variables are in ClaimVariables.
 */
public final class HiringSubsidyProcess extends ClaimProcess.CountyReviewed {

    public static final String KEY = "hiring-subsidy";
    public static final String DECISION_KEY = "hiring-subsidy-standard";
    public static final ClaimScheme CLAIMS = new ClaimScheme(Scheme.HIRING, KEY, DECISION_KEY, USER_CORRECT_CLAIM)
            .withRoster("hiring-subsidy", RosterLayout.HIRING);

    public static final String RULE_STANDARD = "rule_hiring_standard";
    public static final String MESSAGE_OBJECTION = "message_objection_filed";
    public static final String SERVICE_NOTIFY_PAID = "service_notify_paid";

    /** The enterprise's scale, input of the decision table. */
    public static final String ENTERPRISE_SCALE = "enterpriseScale";
    /**
     * Outputs of the decision table, fixed for the claim's whole life (a redeployed table applies to new claims). No
     * longer process variables: a claim submitted before its table version was recorded still carries them.
     */
    public static final String AMOUNT_PER_PERSON = "amountPerPerson";

    public static final String ENTERPRISE_CAP = "enterpriseCap";

    private HiringSubsidyProcess() {}
}
