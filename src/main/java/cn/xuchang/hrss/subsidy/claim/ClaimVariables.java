package cn.xuchang.hrss.subsidy.claim;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Process variables shared by every claim process (hiring, referral, evaluation). The claim id is the business key.
 * Each process's own API class adds its element ids and its own variables.
 */
public final class ClaimVariables {

    /** The applicant's login user id (its credit code): assignee of the correction task. */
    public static final String APPLICANT_ID = "applicantId";

    public static final String APPLICANT_NAME = "applicantName";
    /** The county whose reviewer group reviews first. */
    public static final String COUNTY_CODE = "countyCode";

    public static final String COUNTY_NAME = "countyName";
    public static final String CLAIM_YEAR = "claimYear";
    public static final String ELIGIBLE_COUNT = "eligibleCount";
    public static final String TOTAL_AMOUNT = "totalAmount";
    /**
     * Lines not payable automatically that a reviewer must look at (e.g. a level without a subsidy standard); transient,
     * read by the gateway right after validation.
     */
    public static final String REVIEW_ONLY_COUNT = "reviewOnlyCount";
    /** The assessed lines as JSON, for the reviewers' forms. */
    public static final String CLAIM_ITEMS = "claimItems";

    /**
     * The id of the scheme's decision-table version deployed when the claim was submitted: its amounts and caps hold for
     * the claim's whole life (read through {@link DecisionTables}).
     */
    public static final String STANDARD_ID = "standardId";

    /**
     * The version number of {@link #STANDARD_ID}, transient (never stored): a start event's business-rule task evaluates
     * exactly that version ({@code camunda:decisionRefBinding="version"}) in the submit's transaction.
     */
    public static final String STANDARD_VERSION = "standardVersion";

    /**
     * The result of that evaluation (a DmnDecisionResult), transient: set by {@link KeepDecisionResult} for the claim's
     * first validation in the same transaction, absent afterwards.
     */
    public static final String STANDARD_RESULT = "standardResult";

    /** How a claim ended when its status alone does not say it, e.g. {@link #NOTHING_PAYABLE}. */
    public static final String OUTCOME = "claimOutcome";
    /** Approved, but no line had a subsidy standard: closed with nothing paid. */
    public static final String NOTHING_PAYABLE = "NOTHING_PAYABLE";

    private ClaimVariables() {}

    /** The decision-table version the claim is validated with; null for a claim submitted before it was recorded. */
    public static String standardId(VariableScope variables) {
        return (String) variables.getVariable(STANDARD_ID);
    }
}
