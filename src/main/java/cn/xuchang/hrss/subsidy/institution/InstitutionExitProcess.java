package cn.xuchang.hrss.subsidy.institution;

/**
 * The process API of bpmn/institution-exit.bpmn and of bpmn/institution-performance-evaluation.bpmn, which starts one
 * exit procedure with trigger PERFORMANCE per listed institution once a year.
 */
public final class InstitutionExitProcess {

    public static final String KEY = "institution-exit";

    public static final String START = "start_exit_started";
    public static final String USER_INVESTIGATION = "user_exit_investigation";
    public static final String TIMER_INVESTIGATION_OVERDUE = "timer_investigation_overdue";
    public static final String TIMER_CHECK_OVERDUE = "timer_rectification_check_overdue";
    public static final String END_CHECK_ESCALATED = "end_rectification_check_escalated";
    public static final String GATEWAY_DECISION = "gateway_investigation_decision";
    public static final String TIMER_RECTIFICATION = "timer_rectification_period";
    public static final String USER_RECTIFICATION_CHECK = "user_rectification_check";
    public static final String SERVICE_EXIT = "service_exit_institution";
    public static final String SERVICE_NOTIFY_PASSED = "service_notify_passed";
    public static final String END_PASSED = "end_institution_passed";
    public static final String END_WARNED = "end_institution_warned";
    public static final String END_RECTIFIED = "end_institution_rectified";
    public static final String END_EXITED = "end_institution_exited";
    public static final String END_ESCALATED = "end_investigation_escalated";

    public static final String PERFORMANCE_KEY = "institution-performance-evaluation";
    public static final String TIMER_YEARLY = "timer_yearly_performance_evaluation";
    public static final String SERVICE_START_EVALUATIONS = "service_start_performance_evaluations";

    public static final String INSTITUTION_ID = InstitutionFilingProcess.INSTITUTION_ID;
    public static final String INSTITUTION_NAME = InstitutionFilingProcess.INSTITUTION_NAME;
    public static final String EXIT_TRIGGER = "exitTrigger";
    public static final String EXIT_TRIGGER_LABEL = "exitTriggerLabel";
    public static final String EXIT_DESCRIPTION = "exitDescription";
    /** The institution's filings, listings and earlier procedures as JSON, for the investigator's form. */
    public static final String INSTITUTION_HISTORY = "institutionHistory";

    private InstitutionExitProcess() {}
}
