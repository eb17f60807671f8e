package cn.xuchang.hrss.subsidy.ledger;

/**
 * The database refused a reservation because a concurrent transaction took the same subject or quota row first.
 * The submission is retried from the start, and then sees the other claim's grant.
 */
public class GrantConflictException extends RuntimeException {

    public GrantConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
