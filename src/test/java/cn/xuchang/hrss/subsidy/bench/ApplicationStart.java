package cn.xuchang.hrss.subsidy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts the packaged application ({@code java -jar target/skill-subsidy-*.jar}) as its own process and measures the
 * time to its first answered HTTP request, and the start-up time Spring Boot itself logs.
 */
final class ApplicationStart {

    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Timing(double untilFirstAnswerSeconds, double loggedSeconds) {}

    private ApplicationStart() {}

    static Timing measure(Path workingDirectory, int port, List<String> arguments, Map<String, String> environment)
            throws Exception {
        Files.createDirectories(workingDirectory);
        Path log = workingDirectory.resolve("application.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar().toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/catalogue"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            long deadline = System.currentTimeMillis() + 300_000;
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application stopped during start-up, see " + log);
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the application did not answer within 5 minutes, see " + log);
                }
                try {
                    if (HTTP.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            double untilFirstAnswer = (System.nanoTime() - start) / 1e9;
            Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            double logged = started.find() ? Double.parseDouble(started.group(1)) : Double.NaN;
            return new Timing(untilFirstAnswer, logged);
        } finally {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("skill-subsidy-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run through mvn verify"))
                    .toAbsolutePath();
        }
    }
}
