package cn.xuchang.hrss.subsidy.review;

/** Variables of every review task: what the reviewer sends, and what the process keeps of it. */
public final class ReviewVariables {

    /** Set by a reviewer when completing a review task, e.g. APPROVE, REJECT or RETURN. */
    public static final String DECISION = "decision";

    public static final String COMMENT = "comment";
    /**
     * The last review decision, for the gateways right after the review task: transient, they read it in the same
     * transaction (who decided what is recorded in review_decision and the task's comment).
     */
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    /** The comment of the last review decision. */
    public static final String REVIEW_COMMENT = "reviewComment";

    /** Who returned the claim for correction: the corrected claim comes straight back to them. */
    public static final String RETURNED_TO = "returnedTo";
    /** The review step that returned the claim (a task definition key). */
    public static final String RETURNED_FROM = "returnedFrom";

    /** Optional field of a review form: a user who is told the decision (抄送). */
    public static final String CC_USER = "ccUserId";
    /** Set by an expert when completing a scoring task. */
    public static final String SCORE = "score";
    /** Set by a reviewer whose task grants an amount (property amountRange). */
    public static final String AMOUNT = "amount";
    /** The amount the last approving decision granted, kept after the reviewer's own variables are cleared. */
    public static final String REVIEW_AMOUNT = "reviewAmount";

    private ReviewVariables() {}
}
