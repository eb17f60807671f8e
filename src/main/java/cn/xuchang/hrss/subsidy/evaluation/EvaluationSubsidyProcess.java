package cn.xuchang.hrss.subsidy.evaluation;

/**
 * The process API of bpmn/evaluation-subsidy.bpmn: its key, its element ids and its own variables; the variables
 * shared by all claim processes are in ClaimVariables.
 */
public final class EvaluationSubsidyProcess {

    public static final String KEY = "evaluation-subsidy";
    public static final String DECISION_KEY = "evaluation-subsidy-standard";

    public static final String START = "start_claim_submitted";
    public static final String SERVICE_VALIDATE = "service_validate_claim";
    public static final String GATEWAY_FOR_REVIEW = "gateway_anything_to_review";
    public static final String USER_CITY_REVIEW = "user_city_review";
    public static final String USER_CORRECT_CLAIM = "user_correct_claim";
    public static final String TIMER_CITY_OVERDUE = "timer_city_review_overdue";
    public static final String TIMER_CORRECTION_DEADLINE = "timer_correction_deadline";
    public static final String SERVICE_START_NOTICE = "service_start_public_notice";
    public static final String GATEWAY_PUBLIC_NOTICE = "gateway_public_notice";
    public static final String TIMER_NOTICE_ENDS = "timer_public_notice_ends";
    public static final String USER_OBJECTION_REVIEW = "user_objection_review";
    public static final String SERVICE_PAY = "service_pay_claim";
    public static final String SERVICE_RECORD_NOTHING_PAYABLE = "service_record_nothing_payable";
    public static final String SERVICE_RELEASE = "service_release_grants";
    public static final String END_PAID = "end_claim_paid";
    public static final String END_REJECTED = "end_claim_rejected";
    public static final String END_WITHDRAWN = "end_claim_withdrawn";
    public static final String END_CITY_ESCALATED = "end_city_review_escalated";

    /**
     * The id of the decision table's version deployed when the claim was submitted: its amounts hold for the claim's
     * whole life (a redeployed table applies to new claims only).
     */
    public static final String STANDARD_ID = "evaluationStandardId";

    /** Inputs and output of the decision table. */
    public static final String CERTIFICATE_KIND = "certificateKind";

    public static final String LEVEL = "level";
    public static final String AMOUNT = "amount";

    private EvaluationSubsidyProcess() {}
}
