package cn.xuchang.hrss.subsidy.kernel;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in a transaction that is always rolled back: the work sees and does exactly what it would do for
 * real (the same services, the same process start, the same validation step), and nothing of it is stored. A
 * precheck is a submit run this way, so its result cannot drift from the submit's.
 */
@Component
public class DryRun {

    private final TransactionTemplate transactions;

    DryRun(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    public <T> T run(Supplier<T> work) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }
}
