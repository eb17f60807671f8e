package cn.xuchang.hrss.subsidy.cluster;

import cn.xuchang.hrss.subsidy.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One application node: the packaged jar in a JVM of its own, on a port of its own, with the {@code mysql} profile on
 * the shared cluster database. Its output goes to {@code target/cluster/<name>.log} (a restart appends).
 */
final class ClusterNode {

    private static final Path LOGS = Path.of("target", "cluster");

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path log;
    private volatile Process process;
    private volatile boolean serving;

    ClusterNode(String name, Map<String, String> environment, List<String> settings) {
        this.name = name;
        this.port = freePort();
        this.environment = Map.copyOf(environment);
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        arguments.addAll(settings);
        this.arguments = List.copyOf(arguments);
        this.log = LOGS.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** An anonymous client of this node; {@code api().as(user, password)} for a user. */
    Api api() {
        return Api.at(port);
    }

    /** Ready, and neither killed nor stopped since: a client may send it requests. */
    boolean serving() {
        return serving;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    void start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // the JIT's quick tier only: a node starts in about half the time on the build machines' 2 cores
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar().toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(LOGS);
            Files.writeString(
                    log,
                    "==== " + Instant.now() + " " + name + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // the node takes its settings from the mysql profile and the arguments above, nothing from this JVM
            builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("CAMUNDA_"));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Polls the readiness check until the node answers 200; fails with the end of its log if it dies or times out. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready; end of "
                        + log + ":\n" + tail());
            }
            try {
                if (api().get("/api/v1/readiness").status() == 200) {
                    serving = true;
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // the port opens late in the start-up
            }
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError(name + " was not ready within " + timeout + "; end of " + log + ":\n" + tail());
    }

    /** SIGKILL: the JVM ends at once, without shutting anything down (Process.destroyForcibly on Linux). */
    void kill() {
        serving = false;
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGSTOP: the JVM stands still where it is, holding its connections, locks and open transactions. */
    void freeze() {
        signal("STOP");
    }

    /** SIGCONT after {@link #freeze()}. */
    void thaw() {
        signal("CONT");
    }

    /** SIGTERM (Spring's orderly shutdown), then SIGKILL if the node has not ended within 30 s. */
    void stop() {
        serving = false;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(30))) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to end", e);
        }
    }

    private void signal(String signal) {
        try {
            // the shell's own kill: a minimal machine may have no kill program
            Process kill = new ProcessBuilder("sh", "-c", "kill -s " + signal + " " + pid())
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send " + signal + " to " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + name, e);
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The repackaged application jar that {@code package} builds before the integration tests run. */
    private static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("skill-subsidy-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no target/skill-subsidy-*.jar: the cluster tests start the packaged application, run "
                                    + "them with ./mvnw verify -Pmysql-it (package builds the jar first)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list target/", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return name + " (port " + port + (process == null ? "" : ", pid " + process.pid()) + ")";
    }
}
