package cn.xuchang.hrss.subsidy.cluster;

import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.CITY;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.CITY_REVIEW;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.COUNTY_REVIEW;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.connectionLost;
import static cn.xuchang.hrss.subsidy.cluster.ClusterCalls.countyReviewer;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Hiring-subsidy claims flowing from several client threads against both nodes, as enterprises and reviewers send them:
 * each claim's persons are registered, the claim is submitted on one node, reviewed by the county on the other and by
 * the city on the first; every fifth is rejected by the county, and every sixth is a person two enterprises claim at
 * the same moment, one on each node. A node that is down is left out. A registry or review call whose connection breaks
 * is repeated on the other node (both are safe to repeat: the registry calls are idempotent, a review looks for its
 * task first); a submit whose connection breaks is not repeated, and the test looks for it in the database.
 */
final class ClaimTraffic {

    /** A claim the client saw accepted (HTTP 201), and the status it must end in. */
    record Accepted(String claimId, String enterprise, String expected) {}

    private final TwoNodes nodes;
    private final List<String> enterprises;
    private final Map<String, String> countyOf;
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acceptedOn = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> submitsInFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> submitsLost = new ConcurrentHashMap<>();
    private final AtomicInteger submitsRefused = new AtomicInteger();
    private final Queue<String> contested = new ConcurrentLinkedQueue<>();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    // the two submits of a contested person, started together
    private final ExecutorService rivals = Executors.newCachedThreadPool();
    private volatile boolean running;
    private volatile Duration pause;
    private ExecutorService clients;

    ClaimTraffic(TwoNodes nodes, Map<String, String> enterprisesAndCounties) {
        this.nodes = nodes;
        this.enterprises = List.copyOf(enterprisesAndCounties.keySet());
        this.countyOf = Map.copyOf(enterprisesAndCounties);
        for (ClusterNode node : nodes.both()) {
            acceptedOn.put(node.name(), new AtomicInteger());
            submitsInFlight.put(node.name(), new AtomicInteger());
            submitsLost.put(node.name(), new AtomicInteger());
        }
    }

    /** Starts the clients; each pauses between two claims (see {@link #pace(Duration)}). */
    void start(int threads, Duration pause) {
        pace(pause);
        running = true;
        clients = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            clients.submit(() -> {
                while (running) {
                    int n = sequence.incrementAndGet();
                    try {
                        claim(n);
                    } catch (RuntimeException | AssertionError e) {
                        problems.add("claim #" + n + ": " + e);
                    }
                    ClusterNode.pause(this.pause);
                }
            });
        }
    }

    /**
     * Sets the pause each client makes between two claims: a longer one leaves a 2-core machine room to start a node
     * while the claims keep flowing.
     */
    void pace(Duration pause) {
        this.pause = pause;
    }

    /** Lets every client finish the claim it is working on, then stops. */
    void stop() {
        running = false;
        clients.shutdown();
        try {
            if (!clients.awaitTermination(3, TimeUnit.MINUTES)) {
                problems.add("the clients did not finish their claims within 3 minutes");
                clients.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the clients", e);
        } finally {
            rivals.shutdownNow();
        }
    }

    Map<String, Accepted> accepted() {
        return Map.copyOf(accepted);
    }

    int acceptedOn(ClusterNode node) {
        return acceptedOn.get(node.name()).get();
    }

    int submitsInFlight(ClusterNode node) {
        return submitsInFlight.get(node.name()).get();
    }

    int submitsLost(ClusterNode node) {
        return submitsLost.get(node.name()).get();
    }

    int submitsRefused() {
        return submitsRefused.get();
    }

    /** Persons two enterprises claimed at the same moment on different nodes. */
    List<String> contested() {
        return List.copyOf(contested);
    }

    /** Answers the clients did not expect; must be none. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private void claim(int n) {
        ClusterNode one = nodes.both().get(n % 2);
        ClusterNode other = nodes.other(one);
        if (n % 6 == 0) {
            contestedPerson(n, one, other);
            return;
        }
        String enterprise = enterprises.get(n % enterprises.size());
        List<String> persons = new ArrayList<>();
        for (int p = 0; p < (n % 3 == 0 ? 2 : 1); p++) {
            String person = TestData.idNumber();
            onAnyNode(one, node -> {
                ClusterCalls.registerHire(node, person, enterprise);
                return null;
            });
            persons.add(person);
        }
        boolean reject = n % 5 == 0;
        Response submitted = submit(one, enterprise, persons);
        if (submitted == null) {
            return;
        }
        String claimId = submitted.text("id");
        if (!"COUNTY_REVIEW".equals(submitted.text("status"))) {
            problems.add("claim #" + n + " of new persons was not sent to the county: " + submitted);
            accepted.put(claimId, new Accepted(claimId, enterprise, submitted.text("status")));
            return;
        }
        accepted.put(claimId, new Accepted(claimId, enterprise, reject ? "REJECTED" : "PAID"));
        review(other, countyReviewer(countyOf.get(enterprise)), claimId, COUNTY_REVIEW, reject ? "REJECT" : "APPROVE");
        if (!reject) {
            review(one, CITY, claimId, CITY_REVIEW, "APPROVE");
        }
    }

    /** One person, two enterprises claiming him at the same moment, one on each node: one grant, whoever wins. */
    private void contestedPerson(int n, ClusterNode one, ClusterNode other) {
        String first = enterprises.get(n % enterprises.size());
        String second = enterprises.get((n + 1) % enterprises.size());
        String person = TestData.idNumber();
        onAnyNode(one, node -> {
            ClusterCalls.registerHire(node, person, first, second);
            return null;
        });
        CompletableFuture<Response> onOne =
                CompletableFuture.supplyAsync(() -> submit(one, first, List.of(person)), rivals);
        CompletableFuture<Response> onOther =
                CompletableFuture.supplyAsync(() -> submit(other, second, List.of(person)), rivals);
        Response fromFirst = onOne.join();
        Response fromSecond = onOther.join();
        contested.add(person);
        if (fromFirst != null
                && fromSecond != null
                && "COUNTY_REVIEW".equals(fromFirst.text("status"))
                && "COUNTY_REVIEW".equals(fromSecond.text("status"))) {
            problems.add("person " + person + " granted to both " + first + " and " + second);
        }
        settleContested(fromFirst, first, one);
        settleContested(fromSecond, second, other);
    }

    private void settleContested(Response submitted, String enterprise, ClusterNode node) {
        if (submitted == null) {
            return;
        }
        String claimId = submitted.text("id");
        if ("REJECTED".equals(submitted.text("status"))) {
            accepted.put(claimId, new Accepted(claimId, enterprise, "REJECTED"));
            return;
        }
        accepted.put(claimId, new Accepted(claimId, enterprise, "PAID"));
        review(nodes.other(node), countyReviewer(countyOf.get(enterprise)), claimId, COUNTY_REVIEW, "APPROVE");
        review(node, CITY, claimId, CITY_REVIEW, "APPROVE");
    }

    /** The submit's answer, or null when the node refused it as busy or the connection broke (counted per node). */
    private Response submit(ClusterNode preferred, String enterprise, List<String> persons) {
        ClusterNode node = serving(preferred);
        submitsInFlight.get(node.name()).incrementAndGet();
        try {
            Response response = ClusterCalls.submit(node, enterprise, persons);
            if (response.status() == 201) {
                acceptedOn.get(node.name()).incrementAndGet();
                return response;
            }
            if (response.status() == 503) {
                submitsRefused.incrementAndGet();
            } else {
                problems.add("submit on " + node.name() + ": " + response);
            }
            return null;
        } catch (RuntimeException e) {
            if (connectionLost(e)) {
                submitsLost.get(node.name()).incrementAndGet();
                return null;
            }
            throw e;
        } finally {
            submitsInFlight.get(node.name()).decrementAndGet();
        }
    }

    /**
     * Completes the claim's task with the decision on the preferred node, or on the other one when the connection
     * breaks. A task that is gone on a later attempt was completed by an attempt whose answer was lost.
     */
    void review(ClusterNode preferred, String reviewer, String claimId, String taskKey, String decision) {
        ClusterNode node = preferred;
        for (int attempt = 1; attempt <= 6; attempt++) {
            node = serving(node);
            try {
                String task = ClusterCalls.openTask(node, reviewer, claimId, taskKey);
                if (task == null) {
                    if (attempt == 1) {
                        problems.add("no " + taskKey + " task of " + claimId + " for " + reviewer);
                    }
                    return;
                }
                Response decided = ClusterCalls.decide(node, reviewer, task, decision);
                if (decided.status() != 204) {
                    problems.add(
                            decision + " of " + taskKey + " of " + claimId + " on " + node.name() + ": " + decided);
                }
                return;
            } catch (RuntimeException e) {
                if (!connectionLost(e)) {
                    throw e;
                }
                node = nodes.other(node);
                ClusterNode.pause(Duration.ofMillis(200));
            }
        }
        problems.add("no node completed " + taskKey + " of " + claimId);
    }

    private <T> T onAnyNode(ClusterNode preferred, Function<ClusterNode, T> call) {
        ClusterNode node = preferred;
        for (int attempt = 1; ; attempt++) {
            node = serving(node);
            try {
                return call.apply(node);
            } catch (RuntimeException e) {
                if (!connectionLost(e) || attempt == 6) {
                    throw e;
                }
                node = nodes.other(node);
                ClusterNode.pause(Duration.ofMillis(200));
            }
        }
    }

    /** The node if it serves, else the other; waits while neither does. */
    private ClusterNode serving(ClusterNode preferred) {
        for (int wait = 0; wait < 600; wait++) {
            if (preferred.serving()) {
                return preferred;
            }
            if (nodes.other(preferred).serving()) {
                return nodes.other(preferred);
            }
            ClusterNode.pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException("neither node serves");
    }
}
