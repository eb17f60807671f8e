package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.claim.ClaimScheme;

/**
 * The process API of bpmn/startup-award.bpmn: its key, its element ids and its own variables. The variables shared by
 * all claim processes (applicant, county) are in ClaimVariables; the reviewers' in ReviewVariables.
 */
public final class StartupAwardProcess {

    public static final String KEY = "startup-award";
    public static final String DECISION_KEY = "startup-award-standard";

    public static final String START = "start_application_submitted";
    public static final String RULE_STANDARD = "rule_award_standard";
    public static final String USER_COUNTY_RECOMMENDATION = "user_county_recommendation";
    public static final String USER_EXPERT_SCORING = "user_expert_scoring";
    public static final String SERVICE_SUMMARIZE_SCORES = "service_summarize_scores";
    public static final String USER_CITY_DECISION = "user_city_decision";
    public static final String SERVICE_BOOK_AWARD = "service_book_award";
    public static final String USER_CORRECT_APPLICATION = "user_correct_application";
    public static final String TIMER_COUNTY_OVERDUE = "timer_county_recommendation_overdue";
    public static final String TIMER_CITY_OVERDUE = "timer_city_decision_overdue";
    public static final String TIMER_CORRECTION_DEADLINE = "timer_correction_deadline";
    public static final String SERVICE_START_NOTICE = "service_start_public_notice";
    public static final String GATEWAY_PUBLIC_NOTICE = "gateway_public_notice";
    public static final String TIMER_NOTICE_ENDS = "timer_public_notice_ends";
    public static final String USER_OBJECTION_REVIEW = "user_objection_review";
    public static final String SERVICE_PAY = "service_pay_award";
    public static final String SERVICE_RELEASE = "service_release_grants";
    public static final String SERVICE_WITHDRAW = "service_withdraw_application";
    public static final String END_PAID = "end_award_paid";
    public static final String END_REJECTED = "end_application_rejected";
    public static final String END_WITHDRAWN = "end_application_withdrawn";
    public static final String END_COUNTY_ESCALATED = "end_county_recommendation_escalated";
    public static final String END_CITY_ESCALATED = "end_city_decision_escalated";

    /** PARK or PROJECT: input of the decision table. */
    public static final String CATEGORY = "category";

    public static final String CATEGORY_LABEL = "categoryLabel";
    public static final String TITLE = "title";
    public static final String FOUNDER_ID_NUMBER = "founderIdNumber";
    public static final String INVESTMENT = "investment";
    public static final String JOBS_CREATED = "jobsCreated";
    /** The application's statement on the founder's return home (农民工返乡), as text for the county's form. */
    public static final String FOUNDER_RETURN = "founderReturn";

    public static final String DESCRIPTION = "description";
    /** The attachments' names, one text for the county's form. */
    public static final String ATTACHMENTS = "attachments";
    /**
     * The attachments as markdown links to their authorized download ({@link StartupAttachmentDownloads}), rendered by
     * a display-only text view of the review forms.
     */
    public static final String ATTACHMENT_LINKS = "attachmentLinks";
    /** How many experts score the application (loop cardinality of the scoring task). */
    public static final String EXPERT_COUNT = "expertCount";
    /** Outputs of the decision table: the lowest and highest amount the city may award (equal: a fixed amount). */
    public static final String MIN_AMOUNT = "awardMinAmount";

    public static final String MAX_AMOUNT = "awardMaxAmount";
    /** After the scoring: every expert's score as JSON, and their mean. */
    public static final String EXPERT_SCORES = "expertScores";

    public static final String SCORE_MEAN = "scoreMean";

    private StartupAwardProcess() {}

    /** The award of a category as the shared claim machinery runs it: one process, a ledger scheme per category. */
    public static ClaimScheme claims(StartupCategory category) {
        return new ClaimScheme(category.scheme(), KEY, DECISION_KEY, USER_CORRECT_APPLICATION);
    }
}
