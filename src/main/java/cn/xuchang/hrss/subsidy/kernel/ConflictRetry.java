package cn.xuchang.hrss.subsidy.kernel;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in its own transaction and runs it again when a concurrent transaction won a race on the same
 * rows (a grant taken meanwhile, a deadlock, a lock timeout, an engine optimistic-locking failure). Each attempt starts
 * from scratch, so the retry sees what the winner committed; the database constraints, not this class, decide.
 */
@Component
public class ConflictRetry {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);
    static final int ATTEMPTS = 8;

    private final TransactionTemplate transactions;

    ConflictRetry(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    public <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (!isConflict(e) || attempt == ATTEMPTS) {
                    if (isConflict(e)) {
                        throw new ApiException(
                                org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "BUSY", "同时提交的申请过多，请稍后重试");
                    }
                    throw e;
                }
                log.debug("conflict on attempt {}, retrying: {}", attempt, e.toString());
                pause(attempt);
            }
        }
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RaceLostException
                    || t instanceof ConcurrencyFailureException
                    || t instanceof TransientDataAccessException
                    || t instanceof OptimisticLockingException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", interrupted);
        }
    }
}
