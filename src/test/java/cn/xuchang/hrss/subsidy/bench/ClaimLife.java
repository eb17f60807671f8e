package cn.xuchang.hrss.subsidy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One claim's life statement by statement: claims go through a system one at a time, and the statements each phase
 * sends (the submit call, the two reviews, then what the job executor does until the claim is paid) are counted by
 * kind and averaged. Written to {@code target/bench/statements-<database>.md}, from which docs/BENCHMARKS.md explains
 * what each statement is for.
 */
final class ClaimLife {

    static final List<String> PHASES = List.of("submit", "reviews", "notice and payment");

    private static final long TIMEOUT_MILLIS = 60_000;

    /** Statements per claim by phase and kind. */
    private final Map<String, Map<String, Double>> phases = new LinkedHashMap<>();

    private ClaimLife() {}

    static <C> ClaimLife measure(Rush.Flow<C> flow, List<C> claims, StatementCounter statements) throws Exception {
        ClaimLife life = new ClaimLife();
        PHASES.forEach(phase -> life.phases.put(phase, new TreeMap<>()));
        for (C claim : claims) {
            Map<String, Long> before = statements.byKind();
            String id = flow.submit(claim);
            Map<String, Long> submitted = statements.byKind();
            flow.review(id);
            Map<String, Long> reviewed = statements.byKind();
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (statements.uncounted(() -> flow.completed(List.of(id))) < 1) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("claim " + id + " was not paid within a minute");
                }
                Thread.sleep(10);
            }
            // the job's own commit and clean-up after the status it wrote became visible
            Thread.sleep(300);
            Map<String, Long> paid = statements.byKind();
            life.add("submit", before, submitted, claims.size());
            life.add("reviews", submitted, reviewed, claims.size());
            life.add("notice and payment", reviewed, paid, claims.size());
        }
        return life;
    }

    private void add(String phase, Map<String, Long> from, Map<String, Long> to, int claims) {
        Map<String, Double> kinds = phases.get(phase);
        to.forEach((kind, count) -> {
            long sent = count - from.getOrDefault(kind, 0L);
            if (sent > 0) {
                kinds.merge(kind, (double) sent / claims, Double::sum);
            }
        });
    }

    double total() {
        return phases.values().stream()
                .flatMap(kinds -> kinds.values().stream())
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    double total(String phase) {
        return phases.get(phase).values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    /** Both systems side by side: phase, kind, application, bare engine (statements per claim). */
    static void write(String database, ClaimLife application, ClaimLife bare) {
        StringBuilder md = new StringBuilder();
        md.append("| phase | statement | application | bare engine |\n| --- | --- | --- | --- |\n");
        for (String phase : PHASES) {
            Map<String, Double> ours = application.phases.get(phase);
            Map<String, Double> theirs = bare.phases.get(phase);
            TreeMap<String, Double> kinds = new TreeMap<>(ours);
            theirs.keySet().forEach(kind -> kinds.putIfAbsent(kind, 0.0));
            for (String kind : kinds.keySet()) {
                md.append("| ")
                        .append(phase)
                        .append(" | ")
                        .append(kind)
                        .append(" | ")
                        .append(format(ours.getOrDefault(kind, 0.0)))
                        .append(" | ")
                        .append(format(theirs.getOrDefault(kind, 0.0)))
                        .append(" |\n");
            }
            md.append("| ")
                    .append(phase)
                    .append(" | **all** | **")
                    .append(format(application.total(phase)))
                    .append("** | **")
                    .append(format(bare.total(phase)))
                    .append("** |\n");
        }
        md.append("| claim | **all** | **")
                .append(format(application.total()))
                .append("** | **")
                .append(format(bare.total()))
                .append("** |\n");
        try {
            Path file = Path.of("target", "bench", "statements-" + database + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double value) {
        return value == 0 ? "–" : String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }
}
