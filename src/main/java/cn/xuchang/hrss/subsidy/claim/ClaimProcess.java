package cn.xuchang.hrss.subsidy.claim;

/**
 * The element ids every claim process shares (hiring, referral, evaluation): validation, city review, correction,
 * public notice, payment and their ends. A scheme's process API class extends it and adds its key, its own elements
 * and its typed variables, so {@code HiringSubsidyProcess.USER_CITY_REVIEW} reads as before and no id is written twice.
 */
public class ClaimProcess {

    public static final String START = "start_claim_submitted";
    public static final String SERVICE_VALIDATE = "service_validate_claim";
    public static final String USER_CITY_REVIEW = "user_city_review";
    public static final String USER_CORRECT_CLAIM = "user_correct_claim";
    public static final String TIMER_CITY_OVERDUE = "timer_city_review_overdue";
    public static final String TIMER_CORRECTION_DEADLINE = "timer_correction_deadline";
    public static final String SERVICE_START_NOTICE = "service_start_public_notice";
    public static final String GATEWAY_PUBLIC_NOTICE = "gateway_public_notice";
    public static final String TIMER_NOTICE_ENDS = "timer_public_notice_ends";
    public static final String USER_OBJECTION_REVIEW = "user_objection_review";
    public static final String SERVICE_PAY = "service_pay_claim";
    public static final String SERVICE_RELEASE = "service_release_grants";
    public static final String END_PAID = "end_claim_paid";
    public static final String END_REJECTED = "end_claim_rejected";
    public static final String END_WITHDRAWN = "end_claim_withdrawn";
    public static final String END_CITY_ESCALATED = "end_city_review_escalated";

    /** The county's first review, in the processes that have one (hiring, referral). */
    public static class CountyReviewed extends ClaimProcess {
        public static final String GATEWAY_ANY_ELIGIBLE = "gateway_any_eligible";
        public static final String USER_COUNTY_REVIEW = "user_county_review";
        public static final String TIMER_COUNTY_OVERDUE = "timer_county_review_overdue";
        public static final String END_COUNTY_ESCALATED = "end_county_review_escalated";

        protected CountyReviewed() {}
    }

    protected ClaimProcess() {}
}
