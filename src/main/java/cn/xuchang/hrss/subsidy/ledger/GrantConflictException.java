package cn.xuchang.hrss.subsidy.ledger;

import cn.xuchang.hrss.subsidy.kernel.RaceLostException;

/**
 * The database refused a reservation because a concurrent transaction took the same subject or quota row first.
 * The submission is retried from the start, and then sees the other claim's grant.
 */
public class GrantConflictException extends RaceLostException {

    public GrantConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
