package cn.xuchang.hrss.subsidy.hiring;

/**
 * The process API of bpmn/hiring-subsidy.bpmn: its key, its element ids and its own variables. BPMN, delegates, tests
 * and controllers use these names; the variables shared by all claim processes are in ClaimVariables.
 */
public final class HiringSubsidyProcess {

    public static final String KEY = "hiring-subsidy";
    public static final String DECISION_KEY = "hiring-subsidy-standard";

    public static final String START = "start_claim_submitted";
    public static final String RULE_STANDARD = "rule_hiring_standard";
    public static final String SERVICE_VALIDATE = "service_validate_claim";
    public static final String GATEWAY_ANY_ELIGIBLE = "gateway_any_eligible";
    public static final String USER_COUNTY_REVIEW = "user_county_review";
    public static final String USER_CITY_REVIEW = "user_city_review";
    public static final String USER_CORRECT_CLAIM = "user_correct_claim";
    public static final String TIMER_COUNTY_OVERDUE = "timer_county_review_overdue";
    public static final String TIMER_CITY_OVERDUE = "timer_city_review_overdue";
    public static final String TIMER_CORRECTION_DEADLINE = "timer_correction_deadline";
    public static final String SERVICE_START_NOTICE = "service_start_public_notice";
    public static final String GATEWAY_PUBLIC_NOTICE = "gateway_public_notice";
    public static final String TIMER_NOTICE_ENDS = "timer_public_notice_ends";
    public static final String MESSAGE_OBJECTION = "message_objection_filed";
    public static final String USER_OBJECTION_REVIEW = "user_objection_review";
    public static final String SERVICE_PAY = "service_pay_claim";
    public static final String SERVICE_NOTIFY_PAID = "service_notify_paid";
    public static final String END_PAID = "end_claim_paid";
    public static final String END_REJECTED = "end_claim_rejected";
    public static final String END_WITHDRAWN = "end_claim_withdrawn";
    public static final String END_COUNTY_ESCALATED = "end_county_review_escalated";
    public static final String END_CITY_ESCALATED = "end_city_review_escalated";

    /** The enterprise's scale, input of the decision table. */
    public static final String ENTERPRISE_SCALE = "enterpriseScale";
    /** Outputs of the decision table, fixed for the claim's whole life (a redeployed table applies to new claims). */
    public static final String AMOUNT_PER_PERSON = "amountPerPerson";

    public static final String ENTERPRISE_CAP = "enterpriseCap";

    private HiringSubsidyProcess() {}
}
