package cn.xuchang.hrss.subsidy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run: printed as they come and written as a Markdown table to
 * {@code target/bench/figures-<database>.md}, from which docs/BENCHMARKS.md is filled in.
 */
final class Figures {

    private final String database;
    private final List<String[]> rows = new ArrayList<>();

    Figures(String database) {
        this.database = database;
    }

    void add(String section, String figure, String value) {
        rows.add(new String[] {section, figure, value});
        System.out.printf("[bench %s] %-12s %-62s %s%n", database, section, figure, value);
        write();
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%.0f ms", millis);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Rewritten after every figure, so a run that fails half-way still leaves what it measured. */
    private void write() {
        StringBuilder md = new StringBuilder();
        md.append("| section | figure | ").append(database).append(" |\n| --- | --- | --- |\n");
        for (String[] row : rows) {
            md.append("| ")
                    .append(row[0])
                    .append(" | ")
                    .append(row[1])
                    .append(" | ")
                    .append(row[2])
                    .append(" |\n");
        }
        try {
            Path file = Path.of("target", "bench", "figures-" + database + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
