package cn.xuchang.hrss.subsidy.cluster;

import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.CITY;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.CITY_REVIEW;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.COUNTY_REVIEW;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.JIANAN;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.WEIDU;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.admin;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.as;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.countyReviewer;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.decide;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.enterprise;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.openTask;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.registerHire;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.submit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two application nodes, separate JVMs on different ports, share one MariaDB/MySQL database (issue 4, DESIGN.md
 * "Scaling past one machine"): the engine's own job executor is all that coordinates them. Runs in the MySQL suite only,
 * on a database of its own; the nodes' output is in target/cluster/.
 */
class TwoNodeClusterIT {

    private static final Logger log = LoggerFactory.getLogger(TwoNodeClusterIT.class);

    static final String NOTICE_TIMER = "timer_public_notice_ends";
    static final String PAYMENT = "service_pay_claim";

    private static TwoNodes cluster;
    private static StoredState stored;

    @BeforeAll
    static void startTwoNodes() {
        cluster = TwoNodes.start();
        stored = new StoredState(cluster.database().jdbc());
        ClusterCalls.reviewers(cluster.first());
    }

    @AfterAll
    static void stopTheNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void bothNodesRun() {
        cluster.ensureBothRunning();
    }

    @Test
    void shouldReviewOnOneNodeWhatTheOtherAcceptedAndRunTheNoticeTimerAndThePaymentOnceAcrossBoth() {
        ClusterNode first = cluster.first();
        ClusterNode second = cluster.second();
        String enterprise = enterprise(first, WEIDU);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String person = TestData.idNumber();
            registerHire(first, person, enterprise);
            Response submitted = submit(first, enterprise, List.of(person));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
            assertThat(submitted.text("status")).isEqualTo("COUNTY_REVIEW");
            claims.add(submitted.text("id"));
        }

        for (String claim : claims) {
            approve(second, countyReviewer(WEIDU), claim, COUNTY_REVIEW);
            approve(second, CITY, claim, CITY_REVIEW);
        }

        await("every claim paid", Duration.ofSeconds(120), () -> stored.statuses(claims).values().stream()
                .allMatch("PAID"::equals));
        for (String claim : claims) {
            JsonNode seenOnFirst = as(first, enterprise)
                    .get("/api/v1/hiring-subsidy/claims/" + claim)
                    .body();
            assertThat(seenOnFirst.path("status").asText()).isEqualTo("PAID");
            assertThat(seenOnFirst.path("history").findValuesAsText("decidedBy"))
                    .containsExactly(countyReviewer(WEIDU), CITY);
            assertThat(stored.ledgerEntries(claim))
                    .as("ledger entries of " + claim)
                    .hasSize(1);
            assertThat(stored.ledgerEntries(claim).get(0)).isEqualByComparingTo("1000");
            assertNoticeAndPaymentRanOnce(claim);
            assertThat(stored.processEnded(claim)).isTrue();
        }
        log.info("review test: jobs so far ran on {}", stored.nodesThatRanJobs());
        assertThat(stored.quota(enterprise))
                .containsEntry("paid", new BigDecimal("4000.00"))
                .containsEntry("reserved", new BigDecimal("0.00"));
        assertDeployedOnce();
    }

    /**
     * Issue 4's crash: claims flow from three client threads against both nodes; node 1 is killed with SIGKILL at a
     * moment when it holds a job (the notice timer or a payment) and a submit is on its way to it; the clients go on
     * with node 2; node 1 is started again and takes claims again. Every claim then reaches the end the process gives
     * it, nothing is paid twice, the ledger, the grants and the quotas add up, the dead node's jobs were taken over, and
     * a payment that keeps failing is an incident with its reason after the configured retries, until it is retried.
     */
    @Test
    void shouldBringEveryAcceptedClaimToAConsistentEndWhenANodeIsKilledWhileClaimsFlow() {
        ClusterNode victim = cluster.first();
        ClusterNode survivor = cluster.second();
        Map<String, String> enterprises = new LinkedHashMap<>();
        for (String county : List.of(WEIDU, JIANAN, WEIDU, JIANAN)) {
            enterprises.put(enterprise(survivor, county), county);
        }
        FailingPayment failing = failingPayment(victim, survivor);
        ClaimTraffic traffic = new ClaimTraffic(cluster, enterprises);
        Kill kill;
        traffic.start(3, Duration.ofMillis(300));
        try {
            await("a few claims paid by the two nodes", Duration.ofSeconds(120), () -> paidClaims(enterprises) >= 3);
            kill = killWhileBusy(victim, traffic);
            log.info(
                    "crash test: {} killed holding jobs {} with {} submit(s) on their way to it",
                    victim,
                    kill.heldJobs().stream().map(stored::activityOfJob).toList(),
                    kill.submitsInFlight());
            int atKill = traffic.acceptedOn(survivor);
            await(
                    "claims accepted by node 2 alone",
                    Duration.ofSeconds(60),
                    () -> traffic.acceptedOn(survivor) >= atKill + 3);
            long restart = System.nanoTime();
            traffic.pace(Duration.ofSeconds(2));
            victim.start();
            victim.awaitReady(TwoNodes.START_UP);
            traffic.pace(Duration.ofMillis(300));
            log.info("crash test: {} ready again after {} s", victim, (System.nanoTime() - restart) / 1_000_000_000);
            int atRestart = traffic.acceptedOn(victim);
            await(
                    "claims accepted by node 1 again",
                    Duration.ofSeconds(60),
                    () -> traffic.acceptedOn(victim) >= atRestart + 2);
        } finally {
            traffic.stop();
        }
        assertThat(traffic.problems()).as("answers the clients did not expect").isEmpty();
        log.info(
                "crash test: {} claims accepted ({} by node 1, {} by node 2), submits lost with node 1: {}, refused as"
                        + " busy: {}",
                traffic.accepted().size(),
                traffic.acceptedOn(victim),
                traffic.acceptedOn(survivor),
                traffic.submitsLost(victim),
                traffic.submitsRefused());

        Map<String, String> expected = new LinkedHashMap<>();
        traffic.accepted().values().forEach(claim -> expected.put(claim.claimId(), claim.expected()));
        assertThat(stored.claimsOf(enterprises.keySet()).keySet())
                .as("every accepted claim is stored")
                .containsAll(expected.keySet());
        expected.putAll(claimsStoredWithoutAnAnswer(traffic, enterprises, survivor, expected.keySet()));
        await(
                "every claim at the end its decisions lead to",
                Duration.ofSeconds(150),
                () -> expected.entrySet().stream().allMatch(e -> e.getValue().equals(stored.status(e.getKey()))),
                () -> notAtTheirEnd(expected));

        failing.shouldHaveBecomeAnIncidentAfterTheConfiguredRetries();
        failing.retryAfterTheQuotaIsRepaired(survivor);
        expected.put(failing.claimId(), "PAID");
        await("the repaired payment booked", Duration.ofSeconds(60), () -> "PAID"
                .equals(stored.status(failing.claimId())));

        Set<String> applicants = new HashSet<>(enterprises.keySet());
        applicants.add(failing.enterprise());
        expected.forEach(this::assertEndedConsistently);
        applicants.forEach(this::assertBooksAddUp);
        assertThat(stored.subjectsGrantedTwice())
                .as("persons with two live grants")
                .isEmpty();
        assertThat(traffic.contested()).isNotEmpty().allSatisfy(person -> assertThat(stored.paidGrants(person))
                .as("paid grants of contested person " + person)
                .isEqualTo(1));
        assertThat(kill.heldJobs()).allSatisfy(job -> assertThat(stored.successesOf(job))
                .as("job " + job + " that the killed node held")
                .hasSize(1));
        assertThat(stored.lockedJobs())
                .as("jobs still locked by the killed node")
                .doesNotContainValue(kill.lockOwner());
        await(
                "no job left that is due, has retries and is not locked by a live node",
                Duration.ofSeconds(30),
                () -> stored.overdueJobs(Instant.now().minusSeconds(15)).isEmpty(),
                () -> stored.overdueJobs(Instant.now().minusSeconds(15)));
        assertDeployedOnce();
    }

    /** A claim of a new enterprise whose quota is broken before the city approves it: its payment must fail. */
    private FailingPayment failingPayment(ClusterNode first, ClusterNode second) {
        String enterprise = enterprise(second, JIANAN);
        String person = TestData.idNumber();
        registerHire(second, person, enterprise);
        Response submitted = submit(first, enterprise, List.of(person));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String claim = submitted.text("id");
        approve(second, countyReviewer(JIANAN), claim, COUNTY_REVIEW);
        // the reservation vanishes from the quota (as a bad manual correction would do it): the ledger refuses to pay
        assertThat(stored.jdbc()
                        .update(
                                "UPDATE subsidy_quota SET reserved = 0 WHERE beneficiary_id = ? AND scheme = 'HIRING'",
                                enterprise))
                .isEqualTo(1);
        approve(second, CITY, claim, CITY_REVIEW);
        return new FailingPayment(enterprise, claim);
    }

    private record FailingPayment(String enterprise, String claimId) {

        /** failed-job-retry-time-cycle R3/PT10S of application-mysql.yaml: three runs in all, 10 s apart. */
        static final int CONFIGURED_RUNS = 3;

        static final Duration CONFIGURED_INTERVAL = Duration.ofSeconds(10);

        void shouldHaveBecomeAnIncidentAfterTheConfiguredRetries() {
            await(
                    "the failing payment becomes an incident",
                    Duration.ofSeconds(120),
                    () -> !stored.incidentsOf(claimId).isEmpty(),
                    () -> stored.jobsOf(claimId));
            assertThat(stored.incidentsOf(claimId)).singleElement().satisfies(incident -> {
                assertThat(incident.get("INCIDENT_TYPE_")).isEqualTo("failedJob");
                assertThat(incident.get("ACTIVITY_ID_")).isEqualTo(PAYMENT);
                assertThat((String) incident.get("INCIDENT_MSG_")).contains("holds less than claim " + claimId);
            });
            assertThat(stored.failedJobs(claimId, PAYMENT)).isEqualTo(CONFIGURED_RUNS);
            // a retry is due the interval after the failure, never earlier (less 1 s: the log keeps whole seconds);
            // the engine's default would retry at once
            List<Instant> failures = stored.failures(claimId, PAYMENT);
            for (int i = 1; i < failures.size(); i++) {
                assertThat(Duration.between(failures.get(i - 1), failures.get(i)))
                        .as("from failure " + i + " to the next")
                        .isGreaterThanOrEqualTo(CONFIGURED_INTERVAL.minusSeconds(1));
            }
            assertThat(stored.succeededJobs(claimId, PAYMENT)).isZero();
            assertThat(stored.jobsOf(claimId)).singleElement().satisfies(job -> assertThat(
                            ((Number) job.get("RETRIES_")).intValue())
                    .isZero());
            assertThat(stored.status(claimId)).isEqualTo("PUBLIC_NOTICE");
            assertThat(stored.ledgerEntries(claimId)).isEmpty();
        }

        /** What an administrator does: repair the data, then retry the job (Cockpit, or the engine's REST API). */
        void retryAfterTheQuotaIsRepaired(ClusterNode node) {
            stored.jdbc()
                    .update(
                            "UPDATE subsidy_quota SET reserved = ? WHERE beneficiary_id = ? AND scheme = 'HIRING'",
                            stored.totalAmount(claimId),
                            enterprise);
            String job = (String) stored.jobsOf(claimId).get(0).get("ID_");
            Response retried = admin(node).put("/engine-rest/job/" + job + "/retries", Map.of("retries", 1));
            assertThat(retried.status()).as(retried.toString()).isEqualTo(204);
        }
    }

    /** The killed node's job executor (its lock owner), the jobs it held, and the submits on their way to it. */
    private record Kill(String lockOwner, List<String> heldJobs, int submitsInFlight) {}

    /**
     * Kills the node with SIGKILL at a moment when it holds a locked job and a client's submit is on its way to it. The
     * moment is found by watching the job table: a node's lock owner is learnt from the job log of a job it ran; when
     * it holds a job, it is frozen (SIGSTOP), the job is checked to be still held, and only then killed.
     */
    private Kill killWhileBusy(ClusterNode victim, ClaimTraffic traffic) {
        Map<String, String> ownerOfJob = new HashMap<>();
        Map<String, String> nodeOfOwner = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> locked = stored.lockedJobs();
            ownerOfJob.putAll(locked);
            for (Iterator<Map.Entry<String, String>> seen =
                            ownerOfJob.entrySet().iterator();
                    seen.hasNext(); ) {
                Map.Entry<String, String> job = seen.next();
                if (nodeOfOwner.containsKey(job.getValue())) {
                    seen.remove();
                } else if (!locked.containsKey(job.getKey())) {
                    String node = stored.nodeThatRan(job.getKey());
                    if (node != null) {
                        nodeOfOwner.put(job.getValue(), node);
                        seen.remove();
                    }
                }
            }
            String owner = nodeOfOwner.entrySet().stream()
                    .filter(e -> e.getValue().equals(victim.name()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (owner != null && locked.containsValue(owner) && traffic.submitsInFlight(victim) > 0) {
                victim.freeze();
                List<String> held = stored.lockedJobs().entrySet().stream()
                        .filter(e -> e.getValue().equals(owner))
                        .map(Map.Entry::getKey)
                        .toList();
                int inFlight = traffic.submitsInFlight(victim);
                if (!held.isEmpty() && inFlight > 0) {
                    victim.kill();
                    return new Kill(owner, held, inFlight);
                }
                victim.thaw();
            }
            ClusterNode.pause(Duration.ofMillis(5));
        }
        throw new AssertionError(
                victim + " never held a job while a submit was on its way to it; lock owners learnt: " + nodeOfOwner);
    }

    /**
     * Claims whose submit lost its connection when the node died, but which the node had committed: a submit is one
     * transaction, so such a claim is stored whole (the claim, its grants and its process at the county review) or not
     * at all. They are reviewed like the others.
     */
    private Map<String, String> claimsStoredWithoutAnAnswer(
            ClaimTraffic traffic, Map<String, String> enterprises, ClusterNode node, Set<String> answered) {
        Map<String, String> expected = new LinkedHashMap<>();
        stored.claimsOf(enterprises.keySet()).forEach((claim, status) -> {
            if (answered.contains(claim)) {
                return;
            }
            assertThat(status)
                    .as("claim " + claim + " stored without an answer")
                    .isIn("COUNTY_REVIEW", "REJECTED");
            assertThat(stored.processInstance(claim)).as("process of " + claim).isNotNull();
            if ("REJECTED".equals(status)) {
                expected.put(claim, "REJECTED");
                return;
            }
            String county = enterprises.get(stored.applicant(claim));
            traffic.review(node, countyReviewer(county), claim, COUNTY_REVIEW, "APPROVE");
            traffic.review(node, CITY, claim, CITY_REVIEW, "APPROVE");
            expected.put(claim, "PAID");
        });
        log.info("claims stored although their submit lost its answer: {}", expected);
        return expected;
    }

    private void assertEndedConsistently(String claim, String end) {
        assertThat(stored.status(claim)).as("status of " + claim).isEqualTo(end);
        BigDecimal total = stored.totalAmount(claim);
        if ("PAID".equals(end)) {
            assertThat(stored.ledgerEntries(claim))
                    .as("ledger entries of " + claim)
                    .singleElement()
                    .satisfies(amount -> assertThat(amount).isEqualByComparingTo(total));
            assertThat(stored.grantsOf(claim)).as("grants of " + claim).containsOnlyKeys("PAID");
            assertThat(stored.grantsOf(claim).get("PAID")).isEqualByComparingTo(total);
            assertNoticeAndPaymentRanOnce(claim);
        } else {
            assertThat(stored.ledgerEntries(claim))
                    .as("ledger entries of " + claim)
                    .isEmpty();
            assertThat(stored.grantsOf(claim)).as("grants of " + claim).doesNotContainKeys("RESERVED", "PAID");
        }
        assertThat(stored.processEnded(claim))
                .as("process of " + claim + " ended")
                .isTrue();
        assertThat(stored.jobsOf(claim)).as("jobs of " + claim).isEmpty();
        assertThat(stored.incidentsOf(claim)).as("incidents of " + claim).isEmpty();
    }

    /** Ledger = paid claims = quota's paid = paid grants; nothing reserved once every claim has ended. */
    private void assertBooksAddUp(String enterprise) {
        BigDecimal ledger = stored.ledgerSum(enterprise);
        assertThat(stored.paidClaimsSum(enterprise))
                .as("paid claims of " + enterprise)
                .isEqualByComparingTo(ledger);
        assertThat(stored.quota(enterprise).get("paid"))
                .as("quota paid of " + enterprise)
                .isEqualByComparingTo(ledger);
        assertThat(stored.grantSum(enterprise, "PAID"))
                .as("paid grants of " + enterprise)
                .isEqualByComparingTo(ledger);
        assertThat(stored.quota(enterprise).get("reserved"))
                .as("quota reserved of " + enterprise)
                .isEqualByComparingTo(stored.grantSum(enterprise, "RESERVED"))
                .isEqualByComparingTo("0");
    }

    private int paidClaims(Map<String, String> enterprises) {
        return (int) stored.claimsOf(enterprises.keySet()).values().stream()
                .filter("PAID"::equals)
                .count();
    }

    private String notAtTheirEnd(Map<String, String> expected) {
        return expected.entrySet().stream()
                .filter(e -> !e.getValue().equals(stored.status(e.getKey())))
                .map(e -> e.getKey() + " is " + stored.status(e.getKey()) + ", should be " + e.getValue() + ", jobs "
                        + stored.jobsOf(e.getKey()) + ", incidents " + stored.incidentsOf(e.getKey()))
                .collect(Collectors.joining("; "));
    }

    private void approve(ClusterNode node, String reviewer, String claim, String taskKey) {
        String task = openTask(node, reviewer, claim, taskKey);
        assertThat(task).as(taskKey + " of " + claim + " on " + node).isNotNull();
        Response decided = decide(node, reviewer, task, "APPROVE");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
    }

    /** Both nodes deployed the same processes; duplicate filtering kept it to the first node's one deployment. */
    private static void assertDeployedOnce() {
        assertThat(stored.deployments()).isEqualTo(1);
        assertThat(stored.definitions("hiring-subsidy")).isEqualTo(1);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, condition, () -> "");
    }

    static void await(String what, Duration timeout, BooleanSupplier condition, Supplier<Object> diagnosis) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what + "; " + diagnosis.get());
            }
            ClusterNode.pause(Duration.ofMillis(250));
        }
    }

    /** The claim's public-notice timer and payment job each succeeded once, and the payment step completed once. */
    private static void assertNoticeAndPaymentRanOnce(String claim) {
        assertThat(stored.succeededJobs(claim, NOTICE_TIMER))
                .as("notice timer of " + claim)
                .isEqualTo(1);
        assertThat(stored.succeededJobs(claim, PAYMENT))
                .as("payment job of " + claim)
                .isEqualTo(1);
        assertThat(stored.completedActivities(claim, PAYMENT))
                .as("payments of " + claim)
                .isEqualTo(1);
    }
}
