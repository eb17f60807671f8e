package cn.xuchang.hrss.subsidy.bench;

import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.hiring.HiringSubsidyProcess;
import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The volume a province-wide deadline leaves behind: claims waiting at the county review and claims long paid, each
 * with ten hires. Every process instance is started through the engine's RuntimeService, with the variables a real
 * claim carries at that point (copied from a claim that went through validation), so the engine writes its runtime and
 * history rows itself; our own rows (claim, items, grants, ledger entry, review decisions) are written in bulk, as the
 * validation and review steps would have left them.
 *
 * <p>Open claims start before the county review: the engine creates the task, its candidate group link, its due date
 * and its overdue timer. Paid claims start before the step that tells the enterprise it was paid and run to the end.
 */
final class Volume {

    static final int HIRES_PER_CLAIM = 10;
    private static final int CLAIMS_PER_TRANSACTION = 100;
    private static final BigDecimal AMOUNT_PER_HIRE = new BigDecimal("1000");

    private final RuntimeService runtime;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Map<String, Object> template;
    private final AtomicInteger subjects = new AtomicInteger();

    Volume(RuntimeService runtime, TransactionTemplate transactions, JdbcTemplate jdbc, Map<String, Object> template) {
        this.runtime = runtime;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An applicant of the volume: its credit code and county. */
    record Applicant(String creditCode, String name, String countyCode, String countyName) {}

    /**
     * Creates {@code count} claims of the applicants (round robin), open at the county review or paid, on
     * {@code threads} threads; returns the claims per second.
     */
    double create(int count, boolean open, List<Applicant> applicants, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int from;
                    while ((from = next.getAndAdd(CLAIMS_PER_TRANSACTION)) < count) {
                        int to = Math.min(count, from + CLAIMS_PER_TRANSACTION);
                        List<Applicant> batch = new ArrayList<>();
                        for (int i = from; i < to; i++) {
                            batch.add(applicants.get(i % applicants.size()));
                        }
                        transactions.executeWithoutResult(status -> createBatch(batch, open));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** The quota rows the volume's grants imply, for every applicant that has none yet (one statement, at the end). */
    void bookQuotas() {
        jdbc.update("INSERT INTO subsidy_quota (beneficiary_id, scheme, reserved, paid)"
                + " SELECT c.applicant_id, 'HIRING',"
                + " SUM(CASE WHEN g.status = 'RESERVED' THEN g.amount ELSE 0 END),"
                + " SUM(CASE WHEN g.status = 'PAID' THEN g.amount ELSE 0 END)"
                + " FROM subsidy_claim c JOIN subsidy_grant g ON g.claim_id = c.id"
                + " WHERE c.scheme = 'HIRING' AND NOT EXISTS (SELECT 1 FROM subsidy_quota q"
                + " WHERE q.beneficiary_id = c.applicant_id AND q.scheme = 'HIRING')"
                + " GROUP BY c.applicant_id");
    }

    private void createBatch(List<Applicant> batch, boolean open) {
        String status = open ? "COUNTY_REVIEW" : "PAID";
        String grantStatus = open ? "RESERVED" : "PAID";
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        BigDecimal total = AMOUNT_PER_HIRE.multiply(BigDecimal.valueOf(HIRES_PER_CLAIM));
        Rows claims = Rows.into(
                "subsidy_claim",
                "id",
                "scheme",
                "applicant_id",
                "applicant_name",
                "county_code",
                "claim_year",
                "status",
                "total_amount",
                "submitted_at",
                "updated_at");
        Rows items = Rows.into(
                "subsidy_claim_item",
                "claim_id",
                "line_no",
                "subject",
                "person_name",
                "started_on",
                "eligible",
                "amount",
                "reasons");
        Rows grants = Rows.into(
                "subsidy_grant",
                "scheme",
                "subject_key",
                "active_key",
                "claim_id",
                "beneficiary_id",
                "amount",
                "status",
                "created_at",
                "updated_at");
        Rows entries = Rows.into("ledger_entry", "claim_id", "scheme", "beneficiary_id", "amount", "booked_at");
        Rows decisions = Rows.into(
                "review_decision",
                "claim_id",
                "task_key",
                "task_id",
                "decision",
                "comment",
                "decided_by",
                "decided_at");
        Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
        for (Applicant applicant : batch) {
            String id = UUID.randomUUID().toString();
            claims.add(
                    id,
                    "HIRING",
                    applicant.creditCode(),
                    applicant.name(),
                    applicant.countyCode(),
                    2025,
                    status,
                    total,
                    now,
                    now);
            List<Map<String, Object>> view = new ArrayList<>();
            for (int line = 1; line <= HIRES_PER_CLAIM; line++) {
                String subject = "V" + String.format("%017d", subjects.incrementAndGet());
                LocalDate hiredOn = LocalDate.of(2025, 1 + line % 12, 10);
                items.add(id, line, subject, "张三", hiredOn, true, AMOUNT_PER_HIRE, "");
                grants.add(
                        "HIRING", subject, subject, id, applicant.creditCode(), AMOUNT_PER_HIRE, grantStatus, now, now);
                view.add(reviewLine(line, subject, hiredOn));
            }
            if (!open) {
                entries.add(id, "HIRING", applicant.creditCode(), total, now);
                decisions.add(id, HiringSubsidyProcess.USER_COUNTY_REVIEW, null, "APPROVE", "材料齐全", "bench", now);
                decisions.add(id, HiringSubsidyProcess.USER_CITY_REVIEW, null, "APPROVE", "同意", "bench", now);
            }
            variables.put(id, variables(applicant, view, total, open));
        }
        claims.insert(jdbc);
        items.insert(jdbc);
        grants.insert(jdbc);
        entries.insert(jdbc);
        decisions.insert(jdbc);

        List<Object[]> instances = new ArrayList<>();
        variables.forEach((claimId, values) -> {
            String processInstanceId = runtime.createProcessInstanceByKey(HiringSubsidyProcess.KEY)
                    .businessKey(claimId)
                    .setVariables(values)
                    .startBeforeActivity(
                            open ? HiringSubsidyProcess.USER_COUNTY_REVIEW : HiringSubsidyProcess.SERVICE_NOTIFY_PAID)
                    .execute()
                    .getId();
            instances.add(new Object[] {processInstanceId, claimId});
        });
        jdbc.batchUpdate("UPDATE subsidy_claim SET process_instance_id = ? WHERE id = ?", instances);
    }

    private Map<String, Object> variables(
            Applicant applicant, List<Map<String, Object>> view, BigDecimal total, boolean open) {
        Map<String, Object> values = new HashMap<>(template);
        values.put(ClaimVariables.APPLICANT_ID, applicant.creditCode());
        values.put(ClaimVariables.APPLICANT_NAME, applicant.name());
        values.put(ClaimVariables.COUNTY_CODE, applicant.countyCode());
        values.put(ClaimVariables.COUNTY_NAME, applicant.countyName());
        values.put(ClaimVariables.ELIGIBLE_COUNT, HIRES_PER_CLAIM);
        values.put(ClaimVariables.TOTAL_AMOUNT, total.longValue());
        values.put(
                ClaimVariables.CLAIM_ITEMS,
                Variables.objectValue(view)
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
        if (!open) {
            values.put(ReviewVariables.DECISION, "APPROVE");
            values.put(ReviewVariables.REVIEW_COMMENT, "同意");
        }
        return values;
    }

    private static Map<String, Object> reviewLine(int line, String subject, LocalDate hiredOn) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("lineNo", line);
        view.put("subject", subject);
        view.put("name", "张三");
        view.put("date", hiredOn.toString());
        view.put("employer", "");
        view.put("eligible", "符合");
        view.put("amount", AMOUNT_PER_HIRE.longValue());
        view.put("reasons", "");
        return view;
    }
}
