package cn.xuchang.hrss.subsidy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Durations of one kind of call, collected from any number of threads, read as percentiles in milliseconds. */
final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    <T> T time(Callable<T> call) {
        long start = System.nanoTime();
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            nanos.add(System.nanoTime() - start);
        }
    }

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    int count() {
        return nanos.size();
    }

    /** The p-th percentile (nearest rank) in milliseconds. */
    double percentile(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    String p50p95p99() {
        return Figures.ms(percentile(50)) + " / " + Figures.ms(percentile(95)) + " / " + Figures.ms(percentile(99));
    }

    String p50p95() {
        return Figures.ms(percentile(50)) + " / " + Figures.ms(percentile(95));
    }
}
