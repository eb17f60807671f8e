package cn.xuchang.hrss.subsidy.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Two nodes of the application on one fresh database, laid out as docker/compose.yaml lays them out: the same jar, the
 * {@code mysql} profile and its job-executor settings on both, the first node started alone (it creates the schema,
 * deploys the processes and the groups), the second once the first is ready. What differs from compose is only what a
 * test needs: free ports, a public notice of 3 s, and node names in the engine's job log.
 */
final class TwoNodes implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Cluster-Pass-2026";
    static final Duration START_UP = Duration.ofMinutes(3);

    private final ClusterDatabase database;
    private final ClusterNode first;
    private final ClusterNode second;

    private TwoNodes(ClusterDatabase database) {
        this.database = database;
        this.first = node("node-1", database);
        this.second = node("node-2", database);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> List.of(first, second).forEach(ClusterNode::stop), "cluster-stop"));
    }

    static TwoNodes start() {
        TwoNodes nodes = new TwoNodes(ClusterDatabase.fresh());
        try {
            nodes.first.start();
            nodes.first.awaitReady(START_UP);
            nodes.second.start();
            nodes.second.awaitReady(START_UP);
            return nodes;
        } catch (RuntimeException | Error e) {
            nodes.close();
            throw e;
        }
    }

    private static ClusterNode node(String name, ClusterDatabase database) {
        return new ClusterNode(
                name,
                Map.of(
                        "MYSQL_URL", database.url(),
                        "MYSQL_USER", database.user(),
                        "MYSQL_PASSWORD", database.password(),
                        "ADMIN_PASSWORD", ADMIN_PASSWORD),
                List.of(
                        "--spring.profiles.active=mysql",
                        "--skill-subsidy.public-notice-period=PT3S",
                        // the engine's host name, shown in the job log: which node ran a job
                        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    }

    ClusterNode first() {
        return first;
    }

    ClusterNode second() {
        return second;
    }

    List<ClusterNode> both() {
        return List.of(first, second);
    }

    ClusterNode other(ClusterNode node) {
        return node == first ? second : first;
    }

    ClusterDatabase database() {
        return database;
    }

    /** Starts again a node that a failed test left dead, or thaws one it left frozen: each test begins with two. */
    void ensureBothRunning() {
        for (ClusterNode node : both()) {
            if (node.alive()) {
                node.thaw();
            } else {
                node.start();
                node.awaitReady(START_UP);
            }
        }
    }

    @Override
    public void close() {
        both().forEach(ClusterNode::stop);
    }
}
