package cn.xuchang.hrss.subsidy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The deadline rush: C clients take claims from one queue; each client submits a claim, then has it reviewed by the
 * county and the city; the public notice and the payment follow on the job executor. The clock stops when the last
 * claim is paid.
 */
final class Rush {

    private static final long PAYMENT_TIMEOUT_MILLIS = 10 * 60 * 1000;

    /** A claim of the rush: the enterprise, its county and its hires. */
    record Claim(String enterprise, String countyCode, List<String> idNumbers) {}

    /** How one system takes a claim: submit it, review it, tell how many claims are paid. */
    interface Flow<C> {
        String submit(C claim);

        void review(String claimId);

        int completed(List<String> claimIds);
    }

    record Result(
            int claims,
            int clients,
            double seconds,
            Latencies submit,
            Latencies review,
            long statements,
            long jvmCpuNanos,
            long databaseCpuNanos) {

        double claimsPerSecond() {
            return claims / seconds;
        }

        double statementsPerClaim() {
            return (double) statements / claims;
        }

        /** Processor milliseconds per claim in this JVM (system under test and the benchmark's clients). */
        double jvmCpuMillisPerClaim() {
            return jvmCpuNanos / 1e6 / claims;
        }

        /** Processor milliseconds per claim in the database server's process (0 for H2, which is in this JVM). */
        double databaseCpuMillisPerClaim() {
            return databaseCpuNanos / 1e6 / claims;
        }
    }

    private Rush() {}

    /** Runs the rush; {@code statements} tells how many SQL statements the system under test has sent so far. */
    static <C> Result run(Flow<C> flow, List<C> claims, int clients, StatementCounter statements) throws Exception {
        long statementsBefore = statements.count();
        long jvmCpuBefore = CpuTime.jvmNanos();
        long databaseCpuBefore = CpuTime.databaseNanos();
        Queue<C> queue = new ConcurrentLinkedQueue<>(claims);
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        Latencies submit = new Latencies();
        Latencies review = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    C claim;
                    while ((claim = queue.poll()) != null) {
                        C next = claim;
                        String id = submit.time(() -> flow.submit(next));
                        ids.add(id);
                        review.time(() -> {
                            flow.review(id);
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long deadline = System.currentTimeMillis() + PAYMENT_TIMEOUT_MILLIS;
        List<String> all = List.copyOf(ids);
        while (statements.uncounted(() -> flow.completed(all)) < all.size()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(
                        "only " + flow.completed(all) + " of " + all.size() + " claims were paid within 10 minutes");
            }
            Thread.sleep(20);
        }
        long jvmCpu = CpuTime.jvmNanos() - jvmCpuBefore;
        long databaseCpu = CpuTime.databaseNanos() - databaseCpuBefore;
        return new Result(
                all.size(),
                clients,
                (System.nanoTime() - start) / 1e9,
                submit,
                review,
                statements.count() - statementsBefore,
                jvmCpu,
                databaseCpu);
    }
}
