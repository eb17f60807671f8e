package cn.xuchang.hrss.subsidy.claim;

import static cn.xuchang.hrss.subsidy.support.Concurrently.atOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.xuchang.hrss.subsidy.hiring.HiringSubsidyProcess;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A claim is paid once, however often and however concurrently its payment runs: a job executed again, two executions
 * of one job at the same moment, two reviewers approving the last step at once, and a second ledger entry written
 * past the Java code (the database's unique keys refuse it). On H2 and, in the MySQL suite, on MariaDB/MySQL.
 */
class DoublePaymentIT extends ApiIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 4, 1);
    private static final String SECOND_CITY_REVIEWER = "it-city-2";

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    @Qualifier("payClaim")
    JavaDelegate payClaim;

    @Test
    void shouldPayOnceWhenThePaymentRunsAgainAfterItCommitted() {
        Approved claim = approvedClaim();
        String payment = paymentJob(claim);

        management.executeJob(payment);
        assertPaidOnce(claim);

        // the executor may hold the job's id from before: the job is gone, the engine refuses to run it
        assertThatThrownBy(() -> management.executeJob(payment)).hasMessageContaining(payment);
        // a run after a crash that had committed: the payment step itself meets a claim that is paid already
        DelegateExecution rerun = mock(DelegateExecution.class);
        when(rerun.getProcessBusinessKey()).thenReturn(claim.id());
        when(rerun.getProcessInstanceId()).thenReturn(claim.processInstanceId());
        transactions.executeWithoutResult(status -> {
            try {
                payClaim.execute(rerun);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertPaidOnce(claim);
    }

    @Test
    void shouldPayOnceWhenTwoThreadsExecuteThePaymentJobAtOnce() throws Exception {
        Approved claim = approvedClaim();
        String payment = paymentJob(claim);

        List<String> outcomes = atOnce(List.<Callable<String>>of(() -> execute(payment), () -> execute(payment)));

        assertThat(outcomes).as("one execution commits").contains("executed");
        assertPaidOnce(claim);
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(claim.processInstanceId())
                        .count())
                .isZero();
    }

    @Test
    void shouldPayOnceWhenTwoCityReviewersApproveTheLastStepAtOnce() throws Exception {
        user(SECOND_CITY_REVIEWER, "city-reviewer");
        Approved claim = submittedAndCountyApproved();
        String cityTask = taskOf(CITY, claim.id(), HiringSubsidyProcess.USER_CITY_REVIEW);

        List<Response> responses = atOnce(List.<Callable<Response>>of(
                () -> decide(CITY, cityTask, "APPROVE", "同意拨付"),
                () -> decide(SECOND_CITY_REVIEWER, cityTask, "APPROVE", "同意拨付")));

        assertThat(responses)
                .as("one approval wins")
                .filteredOn(r -> r.status() == 204)
                .hasSize(1);
        assertThat(responses)
                .as("the other is refused")
                .filteredOn(r -> r.status() >= 400)
                .hasSize(1);
        assertThat(rows(
                        "SELECT COUNT(*) FROM review_decision WHERE claim_id = ? AND task_key = ?",
                        claim.id(),
                        HiringSubsidyProcess.USER_CITY_REVIEW))
                .as("one city decision recorded")
                .isEqualTo(1);
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("PUBLIC_NOTICE");

        runJobs(claim.processInstanceId());

        assertPaidOnce(claim);
    }

    @Test
    void shouldRefuseASecondLedgerEntryAndASecondLiveGrantWrittenPastTheJavaCode() {
        Approved claim = approvedClaim();
        runJobs(claim.processInstanceId());
        assertPaidOnce(claim);

        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO ledger_entry (claim_id, scheme, beneficiary_id, amount, booked_at)"
                                + " VALUES (?, 'HIRING', ?, 1000, CURRENT_TIMESTAMP(3))",
                        claim.id(),
                        claim.enterprise()))
                .isInstanceOf(DuplicateKeyException.class);
        String person = jdbc.queryForObject(
                "SELECT subject_key FROM subsidy_grant WHERE claim_id = ?", String.class, claim.id());
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO subsidy_grant (scheme, subject_key, active_key, claim_id, beneficiary_id, amount,"
                                + " status, created_at, updated_at) VALUES ('HIRING', ?, ?, 'another-claim', ?, 1000,"
                                + " 'PAID', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))",
                        person,
                        person,
                        claim.enterprise()))
                .isInstanceOf(DuplicateKeyException.class);

        assertPaidOnce(claim);
        assertThat(rows("SELECT COUNT(*) FROM subsidy_grant WHERE scheme = 'HIRING' AND subject_key = ?", person))
                .isEqualTo(1);
    }

    /** Exactly one ledger entry, the claim PAID, the quota paid once and nothing left reserved, one notice of it. */
    private void assertPaidOnce(Approved claim) {
        JsonNode paid = claim(claim.enterprise(), claim.id());
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(rows("SELECT COUNT(*) FROM ledger_entry WHERE claim_id = ?", claim.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(amount) FROM ledger_entry WHERE beneficiary_id = ?",
                        Integer.class,
                        claim.enterprise()))
                .isEqualTo(1000);
        assertThat(rows("SELECT COUNT(*) FROM subsidy_grant WHERE claim_id = ? AND status = 'PAID'", claim.id()))
                .isEqualTo(1);
        Response quota = as(claim.enterprise()).get("/api/v1/enterprises/" + claim.enterprise() + "/quota");
        assertThat(quota.body().path("paid").asInt()).as(quota.toString()).isEqualTo(1000);
        assertThat(quota.body().path("reserved").asInt()).as(quota.toString()).isZero();
        assertThat(as(claim.enterprise()).get("/api/v1/notifications").body().findValuesAsText("kind"))
                .filteredOn("PAID"::equals)
                .hasSize(1);
    }

    private record Approved(String enterprise, String id, String processInstanceId) {}

    private Approved submittedAndCountyApproved() {
        String enterprise = enterprise("SMALL", WEIDU);
        Response submitted = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, HIRED), HIRED));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String claimId = submitted.text("id");
        Response county = decide(
                COUNTY_WEIDU,
                taskOf(COUNTY_WEIDU, claimId, HiringSubsidyProcess.USER_COUNTY_REVIEW),
                "APPROVE",
                "材料齐全");
        assertThat(county.status()).as(county.toString()).isEqualTo(204);
        return new Approved(enterprise, claimId, submitted.text("processInstanceId"));
    }

    /** A claim of one hire (1,000 yuan) approved by county and city: on public notice. */
    private Approved approvedClaim() {
        Approved claim = submittedAndCountyApproved();
        Response city =
                decide(CITY, taskOf(CITY, claim.id(), HiringSubsidyProcess.USER_CITY_REVIEW), "APPROVE", "同意拨付");
        assertThat(city.status()).as(city.toString()).isEqualTo(204);
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("PUBLIC_NOTICE");
        return claim;
    }

    /** Lets the notice's timer fire; returns the job of the payment step that the timer leaves behind. */
    private String paymentJob(Approved claim) {
        Job timer = management
                .createJobQuery()
                .processInstanceId(claim.processInstanceId())
                .activityId(HiringSubsidyProcess.TIMER_NOTICE_ENDS)
                .singleResult();
        assertThat(timer).as("the notice's timer").isNotNull();
        management.executeJob(timer.getId());
        Job payment = management
                .createJobQuery()
                .processInstanceId(claim.processInstanceId())
                .activityId(HiringSubsidyProcess.SERVICE_PAY)
                .singleResult();
        assertThat(payment).as("the payment job").isNotNull();
        assertThat(claim(claim.enterprise(), claim.id()).path("status").asText())
                .isEqualTo("PUBLIC_NOTICE");
        return payment.getId();
    }

    private String execute(String jobId) {
        try {
            management.executeJob(jobId);
            return "executed";
        } catch (RuntimeException e) {
            return "refused: " + e;
        }
    }

    private int rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
