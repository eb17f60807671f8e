package cn.xuchang.hrss.subsidy.kernel;

/**
 * A concurrent transaction took the same rows first (a grant, a quota): the unit of work is run again from the start
 * by {@link ConflictRetry}, and then sees what the winner committed. A feature throws a subclass of it.
 */
public class RaceLostException extends RuntimeException {

    public RaceLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
