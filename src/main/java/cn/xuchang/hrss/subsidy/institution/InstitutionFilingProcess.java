package cn.xuchang.hrss.subsidy.institution;

/** The process API of bpmn/institution-filing.bpmn: its key, element ids and variables. */
public final class InstitutionFilingProcess {

    public static final String KEY = "institution-filing";

    public static final String START = "start_filing_submitted";
    public static final String SERVICE_CHECK = "service_check_completeness";
    public static final String GATEWAY_COMPLETE = "gateway_filing_complete";
    public static final String GATEWAY_DECISION = "gateway_filing_decision";
    public static final String USER_FILING_REVIEW = "user_filing_review";
    public static final String USER_ONSITE_INSPECTION = "user_onsite_inspection";
    public static final String USER_CORRECT_FILING = "user_correct_filing";
    public static final String TIMER_REVIEW_OVERDUE = "timer_filing_review_overdue";
    public static final String TIMER_INSPECTION_OVERDUE = "timer_inspection_overdue";
    public static final String END_INSPECTION_ESCALATED = "end_inspection_escalated";
    public static final String TIMER_CORRECTION_DEADLINE = "timer_filing_correction_deadline";
    public static final String SERVICE_LIST = "service_list_institution";
    public static final String SERVICE_ANNOUNCE = "service_announce_listing";
    public static final String END_LISTED = "end_filing_listed";
    public static final String END_REJECTED = "end_filing_rejected";
    public static final String SERVICE_NOTIFY_REJECTED = "service_notify_rejected";
    public static final String END_WITHDRAWN = "end_filing_withdrawn";
    public static final String END_ESCALATED = "end_filing_review_escalated";

    /** The filing institution's login user id (its credit code): assignee of the correction task. */
    public static final String INSTITUTION_ID = "institutionId";

    public static final String INSTITUTION_NAME = "institutionName";
    /** The institution's kind as the reviewer reads it (评价机构, 培训机构): form field and Tasklist column. */
    public static final String INSTITUTION_KIND = "institutionKind";
    /** Set by the completeness check. */
    public static final String FILING_COMPLETE = "filingComplete";
    /** The filed occupations and levels as JSON, for the reviewer's form. */
    public static final String FILING_ITEMS = "filingItems";

    private InstitutionFilingProcess() {}
}
