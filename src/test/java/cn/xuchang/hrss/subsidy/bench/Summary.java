package cn.xuchang.hrss.subsidy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's headline figures as JSON, for a machine to compare runs: {@code target/bench/summary.json} for the MySQL
 * half (the one the goals are measured on), {@code summary-h2.json} for the H2 half. Times in milliseconds,
 * rates in claims per second. Rewritten after every figure, like {@link Figures}.
 */
final class Summary {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Object> root = new LinkedHashMap<>();

    Summary(String database, boolean quick) {
        this.file =
                Path.of("target", "bench", database.equals("mysql") ? "summary.json" : "summary-" + database + ".json");
        root.put("database", database);
        root.put("quick", quick);
    }

    /** Sets a figure; a dotted path ({@code rush.c4.app}) names a nested object. */
    @SuppressWarnings("unchecked")
    void put(String path, Object value) {
        String[] keys = path.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(keys[i], key -> new LinkedHashMap<String, Object>());
        }
        node.put(keys[keys.length - 1], value instanceof Double d ? round(d) : value);
        write();
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
