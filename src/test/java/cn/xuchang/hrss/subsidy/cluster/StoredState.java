package cn.xuchang.hrss.subsidy.cluster;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the shared database holds, read directly over JDBC: our claims, grants, quotas and ledger, and the engine's jobs,
 * incidents, job log and history. Read by the tests only; every write goes through the nodes' APIs (but the one
 * deliberate corruption of a quota in the crash test).
 */
final class StoredState {

    /** ACT_HI_JOB_LOG.JOB_STATE_ */
    private static final int JOB_FAILED = 1;

    private static final int JOB_SUCCEEDED = 2;

    private final JdbcTemplate jdbc;

    StoredState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    String status(String claimId) {
        List<String> status = jdbc.queryForList("SELECT status FROM subsidy_claim WHERE id = ?", String.class, claimId);
        return status.isEmpty() ? null : status.get(0);
    }

    Map<String, String> statuses(Collection<String> claimIds) {
        Map<String, String> statuses = new LinkedHashMap<>();
        claimIds.forEach(id -> statuses.put(id, status(id)));
        return statuses;
    }

    /** Every stored claim of the applicants, with its status. */
    Map<String, String> claimsOf(Collection<String> applicants) {
        Map<String, String> claims = new LinkedHashMap<>();
        for (String applicant : applicants) {
            jdbc.query(
                    "SELECT id, status FROM subsidy_claim WHERE applicant_id = ? ORDER BY submitted_at",
                    row -> {
                        claims.put(row.getString("id"), row.getString("status"));
                    },
                    applicant);
        }
        return claims;
    }

    String applicant(String claimId) {
        return jdbc.queryForObject("SELECT applicant_id FROM subsidy_claim WHERE id = ?", String.class, claimId);
    }

    BigDecimal totalAmount(String claimId) {
        return jdbc.queryForObject("SELECT total_amount FROM subsidy_claim WHERE id = ?", BigDecimal.class, claimId);
    }

    String processInstance(String claimId) {
        return jdbc.queryForObject("SELECT process_instance_id FROM subsidy_claim WHERE id = ?", String.class, claimId);
    }

    /** The amounts of the claim's ledger entries: one when it is paid, none otherwise. */
    List<BigDecimal> ledgerEntries(String claimId) {
        return jdbc.queryForList("SELECT amount FROM ledger_entry WHERE claim_id = ?", BigDecimal.class, claimId);
    }

    BigDecimal ledgerSum(String beneficiary) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE beneficiary_id = ?",
                BigDecimal.class,
                beneficiary);
    }

    BigDecimal paidClaimsSum(String applicant) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(total_amount), 0) FROM subsidy_claim WHERE applicant_id = ? AND status = 'PAID'",
                BigDecimal.class,
                applicant);
    }

    /** The beneficiary's grants of the status, summed (RESERVED, PAID or RELEASED). */
    BigDecimal grantSum(String beneficiary, String status) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(amount), 0) FROM subsidy_grant WHERE beneficiary_id = ? AND status = ?",
                BigDecimal.class,
                beneficiary,
                status);
    }

    /** The claim's grants by status, e.g. {PAID=2000.00}. */
    Map<String, BigDecimal> grantsOf(String claimId) {
        Map<String, BigDecimal> grants = new LinkedHashMap<>();
        jdbc.query(
                "SELECT status, SUM(amount) AS amount FROM subsidy_grant WHERE claim_id = ? GROUP BY status",
                row -> {
                    grants.put(row.getString("status"), row.getBigDecimal("amount"));
                },
                claimId);
        return grants;
    }

    /** The persons that hold more than one live (reserved or paid) hiring grant: must be none, ever. */
    List<String> subjectsGrantedTwice() {
        return jdbc.queryForList(
                "SELECT subject_key FROM subsidy_grant WHERE scheme = 'HIRING' AND status IN ('RESERVED', 'PAID')"
                        + " GROUP BY subject_key HAVING COUNT(*) > 1",
                String.class);
    }

    int paidGrants(String subject) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM subsidy_grant WHERE scheme = 'HIRING' AND subject_key = ? AND status = 'PAID'",
                Integer.class,
                subject);
    }

    /** reserved and paid of the beneficiary's hiring quota. */
    Map<String, BigDecimal> quota(String beneficiary) {
        return jdbc.queryForObject(
                "SELECT reserved, paid FROM subsidy_quota WHERE beneficiary_id = ? AND scheme = 'HIRING'",
                (row, n) -> Map.of("reserved", row.getBigDecimal("reserved"), "paid", row.getBigDecimal("paid")),
                beneficiary);
    }

    /** How many times a job of the claim's process at the activity succeeded, by the engine's job log. */
    int succeededJobs(String claimId, String activityId) {
        return jobLog(claimId, activityId, JOB_SUCCEEDED);
    }

    int failedJobs(String claimId, String activityId) {
        return jobLog(claimId, activityId, JOB_FAILED);
    }

    /** When the runs of the claim's job at the activity failed, in order (the job log keeps whole seconds here). */
    List<Instant> failures(String claimId, String activityId) {
        return jdbc
                .queryForList(
                        "SELECT TIMESTAMP_ FROM ACT_HI_JOB_LOG WHERE PROCESS_INSTANCE_ID_ = ? AND ACT_ID_ = ?"
                                + " AND JOB_STATE_ = ? ORDER BY TIMESTAMP_",
                        Timestamp.class,
                        processInstance(claimId),
                        activityId,
                        JOB_FAILED)
                .stream()
                .map(Timestamp::toInstant)
                .toList();
    }

    private int jobLog(String claimId, String activityId, int state) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_INSTANCE_ID_ = ? AND ACT_ID_ = ? AND JOB_STATE_ = ?",
                Integer.class,
                processInstance(claimId),
                activityId,
                state);
    }

    /** How many times the job with the id succeeded, and on which nodes. */
    List<String> successesOf(String jobId) {
        return jdbc.queryForList(
                "SELECT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = ?",
                String.class,
                jobId,
                JOB_SUCCEEDED);
    }

    /** The node (engine host name) that ran the job, or null while none or several logged a run of it. */
    String nodeThatRan(String jobId) {
        List<String> nodes = jdbc.queryForList(
                "SELECT DISTINCT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ IN (?, ?)",
                String.class,
                jobId,
                JOB_FAILED,
                JOB_SUCCEEDED);
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    /** The activity a job belongs to, by the job log (e.g. the notice timer or the payment). */
    String activityOfJob(String jobId) {
        List<String> activities =
                jdbc.queryForList("SELECT DISTINCT ACT_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ?", String.class, jobId);
        return activities.isEmpty() ? null : activities.get(0);
    }

    /** The nodes (engine host names) that ran at least one job successfully. */
    List<String> nodesThatRanJobs() {
        return jdbc.queryForList(
                "SELECT DISTINCT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = ? ORDER BY HOSTNAME_",
                String.class,
                JOB_SUCCEEDED);
    }

    /** Activity instances of the claim's process at the activity that completed. */
    int completedActivities(String claimId, String activityId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ? AND ACT_ID_ = ? AND END_TIME_ IS NOT NULL",
                Integer.class,
                processInstance(claimId),
                activityId);
    }

    boolean processEnded(String claimId) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = ? AND END_TIME_ IS NOT NULL",
                        Integer.class,
                        processInstance(claimId))
                == 1;
    }

    /** The locked jobs: job id → lock owner (each node's job executor locks under an id of its own). */
    Map<String, String> lockedJobs() {
        Map<String, String> locked = new LinkedHashMap<>();
        jdbc.query("SELECT ID_, LOCK_OWNER_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL", row -> {
            locked.put(row.getString("ID_"), row.getString("LOCK_OWNER_"));
        });
        return locked;
    }

    /** The runtime jobs of the claim's process (none once it has ended). */
    List<Map<String, Object>> jobsOf(String claimId) {
        return jdbc.queryForList(
                "SELECT ID_, TYPE_, RETRIES_, DUEDATE_, LOCK_OWNER_, LOCK_EXP_TIME_, EXCEPTION_MSG_ FROM ACT_RU_JOB"
                        + " WHERE PROCESS_INSTANCE_ID_ = ?",
                processInstance(claimId));
    }

    /**
     * Jobs anyone should have run by now: retries left, due before {@code before}, and not locked, or locked by a lock
     * that ran out before {@code before}. Computed against the nodes' clock (this JVM's), as the engine does.
     */
    List<Map<String, Object>> overdueJobs(Instant before) {
        Timestamp limit = Timestamp.from(before);
        return jdbc.queryForList(
                "SELECT ID_, PROCESS_INSTANCE_ID_, RETRIES_, DUEDATE_, LOCK_OWNER_, LOCK_EXP_TIME_ FROM ACT_RU_JOB"
                        + " WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ < ?)"
                        + " AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ < ?)",
                limit,
                limit);
    }

    /** The open incidents of the claim's process: type, activity and message. */
    List<Map<String, Object>> incidentsOf(String claimId) {
        return jdbc.queryForList(
                "SELECT INCIDENT_TYPE_, ACTIVITY_ID_, INCIDENT_MSG_, CONFIGURATION_ FROM ACT_RU_INCIDENT"
                        + " WHERE PROC_INST_ID_ = ?",
                processInstance(claimId));
    }

    int deployments() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT", Integer.class);
    }

    int definitions(String processKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = ?", Integer.class, processKey);
    }
}
