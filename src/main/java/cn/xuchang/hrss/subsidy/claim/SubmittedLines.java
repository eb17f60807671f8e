package cn.xuchang.hrss.subsidy.claim;

import java.util.List;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A new claim's lines on their way from the submit to the claim's validation, which runs in the same transaction and
 * thread when the process starts: the validation assesses them and stores them once, validated, instead of reading back
 * lines the submit stored only to replace them (a 2,000-hire claim wrote its lines twice). They are handed over as a
 * resource of the current thread for the length of the process start, not as a process variable: nothing of them is
 * serialized or stored by the engine. Where the process does not validate the lines then (a process without validation,
 * or one an administrator made asynchronous before it), the submit stores them as submitted after the start, and the
 * later validation reads them from the claim as before.
 */
final class SubmittedLines implements AutoCloseable {

    private final String key;
    private final List<ClaimItem> lines;
    private boolean stored;

    private SubmittedLines(String claimId, List<ClaimItem> lines) {
        this.key = key(claimId);
        this.lines = List.copyOf(lines);
    }

    /** Hands the lines of the new claim over to its validation until {@link #close()}. */
    static SubmittedLines handOver(String claimId, List<ClaimItem> lines) {
        SubmittedLines submitted = new SubmittedLines(claimId, lines);
        TransactionSynchronizationManager.bindResource(submitted.key, submitted);
        return submitted;
    }

    /** The lines the submit of this claim is handing over on this thread and nobody stored yet, or null. */
    static SubmittedLines unstored(String claimId) {
        return TransactionSynchronizationManager.getResource(key(claimId)) instanceof SubmittedLines submitted
                        && !submitted.stored
                ? submitted
                : null;
    }

    List<ClaimItem> lines() {
        return lines;
    }

    boolean isStored() {
        return stored;
    }

    void markStored() {
        stored = true;
    }

    @Override
    public void close() {
        TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }

    private static String key(String claimId) {
        return SubmittedLines.class.getName() + ":" + claimId;
    }
}
