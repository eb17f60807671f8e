package cn.xuchang.hrss.subsidy.bench;

import cn.xuchang.hrss.subsidy.efile.EFiles;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The e-file at a million persons (README, "The e-file: index plan"; docs/BENCHMARKS.md, "The e-file at 1,000,000
 * persons"): fills {@code bench.efile.persons} persons (default 1,000,000), each with a certificate and a hiring claim
 * line (and every fifth with a training voucher and an evaluation line) in batched multi-row INSERTs, then times the
 * e-file of random persons: {@code GET /api/v1/persons/{id}/e-file} over HTTP as a reviewer, and {@link EFiles#read}
 * alone. Prints p50/p95. Not part of {@code verify}: run it alone,
 * {@code ./mvnw verify -Pbench -Dit.test=EFileBenchmark} (H2 file and MariaDB/MySQL at 127.0.0.1:3306; add
 * {@code -Dbench.skip-h2=true} or {@code -Dbench.skip-mysql=true} for one of them).
 */
class EFileBenchmark extends ApiIntegrationTest {

    private static final boolean MYSQL = "mysql".equals(System.getProperty("bench.database", "h2"));
    private static final String MYSQL_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String MYSQL_FLAGS =
            "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useUnicode=true&characterEncoding=UTF-8";
    private static final int PERSONS = Integer.getInteger("bench.efile.persons", 1_000_000);
    private static final int SAMPLES = Integer.getInteger("bench.efile.samples", 300);
    private static final int BATCH = 1_000;
    private static final int LINES_PER_CLAIM = 500;

    @Autowired
    private EFiles files;

    /** A fresh database for every run. */
    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws Exception {
        if (MYSQL) {
            try (Connection connection = DriverManager.getConnection(MYSQL_SERVER + MYSQL_FLAGS, "root", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS skill_subsidy_efile_bench");
                statement.execute("CREATE DATABASE skill_subsidy_efile_bench CHARACTER SET utf8mb4");
            }
            registry.add("spring.datasource.url", () -> MYSQL_SERVER + "skill_subsidy_efile_bench" + MYSQL_FLAGS);
        } else {
            Path directory = Path.of("target", "bench", "h2-efile");
            if (Files.exists(directory)) {
                try (Stream<Path> paths = Files.walk(directory)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            registry.add(
                    "spring.datasource.url",
                    () ->
                            "jdbc:h2:file:./target/bench/h2-efile/skill-subsidy;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;"
                                    + "OPTIMIZE_REUSE_RESULTS=FALSE");
        }
    }

    @Test
    void eFileAtAMillionPersons() throws IOException {
        long filling = System.nanoTime();
        fill();
        double fillSeconds = (System.nanoTime() - filling) / 1e9;
        Random random = new Random(14);
        // warm-up: the JIT, the pool, the login cache if any
        for (int i = 0; i < 50; i++) {
            as(CITY).get("/api/v1/persons/" + idNumber(random.nextInt(PERSONS)) + "/e-file");
        }
        long[] http = new long[SAMPLES];
        long[] service = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            String id = idNumber(random.nextInt(PERSONS));
            long start = System.nanoTime();
            Response response = as(CITY).get("/api/v1/persons/" + id + "/e-file");
            http[i] = System.nanoTime() - start;
            if (response.status() != 200 || response.body().path("subsidies").isEmpty()) {
                throw new IllegalStateException("e-file of " + id + ": " + response);
            }
            start = System.nanoTime();
            files.read(id, CITY, Set.of(Groups.CITY_REVIEWER));
            service[i] = System.nanoTime() - start;
        }
        String database = MYSQL ? "MariaDB/MySQL" : "H2 file";
        String figures = String.format(
                "e-file benchmark, %s, %,d persons (filled in %.0f s), %d samples:%n"
                        + "  GET /api/v1/persons/{id}/e-file (HTTP, reviewer login): p50 %.1f ms, p95 %.1f ms%n"
                        + "  EFiles.read (the four statements):                    p50 %.1f ms, p95 %.1f ms%n",
                database,
                PERSONS,
                fillSeconds,
                SAMPLES,
                percentile(http, 50),
                percentile(http, 95),
                percentile(service, 50),
                percentile(service, 95));
        System.out.println(figures);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "efile-" + (MYSQL ? "mysql" : "h2") + ".txt"), figures);
    }

    /**
     * Persons, certificates and claim lines (one hiring line each; every fifth also a training voucher and an
     * evaluation line), in multi-row INSERTs of a thousand rows: a few minutes for a million persons.
     */
    private void fill() {
        String enterprise = "91411002MA0000000X";
        jdbc.update("INSERT INTO enterprise (credit_code, name, scale, county_code, created_at, updated_at)"
                + " VALUES ('" + enterprise + "', '基准测试企业', 'SMALL', '411002', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO institution (credit_code, name, kind, county_code, status, created_at, updated_at)"
                + " VALUES ('52411002MJ0000000X', '基准测试培训学校', 'TRAINING', '411002', 'LISTED', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)");
        for (int from = 0; from < PERSONS; from += BATCH) {
            int to = Math.min(PERSONS, from + BATCH);
            StringJoiner persons = new StringJoiner(",");
            StringJoiner certificates = new StringJoiner(",");
            StringJoiner vouchers = new StringJoiner(",");
            for (int n = from; n < to; n++) {
                String id = idNumber(n);
                persons.add("('" + id + "', '基准" + n + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                certificates.add("('C" + id + "', '" + id + "', 'SKILL_LEVEL', '电工', 'INTERMEDIATE', DATE '2024-06-30',"
                        + " '52411002MJ0000000X')");
                if (n % 5 == 0) {
                    vouchers.add("('V" + n + "', '" + id + "', '电工', 'INTERMEDIATE', 1500, 'CERTIFIED', NULL,"
                            + " DATE '2024-01-01', DATE '2025-01-01', '52411002MJ0000000X', DATE '2024-01-08',"
                            + " DATE '2024-03-08', 80, 'C" + id + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                }
            }
            jdbc.update("INSERT INTO person (id_number, name, created_at, updated_at) VALUES " + persons);
            jdbc.update("INSERT INTO certificate (certificate_no, id_number, kind, occupation, level, issued_on,"
                    + " issuer_credit_code) VALUES " + certificates);
            if (vouchers.length() > 0) {
                jdbc.update("INSERT INTO training_voucher (code, id_number, occupation, level, face_value, status,"
                        + " live_key, issued_on, expires_on, institution_credit_code, enrolled_on, completed_on, hours,"
                        + " certificate_no, created_at, updated_at) VALUES " + vouchers);
            }
        }
        for (int from = 0; from < PERSONS; from += LINES_PER_CLAIM) {
            int to = Math.min(PERSONS, from + LINES_PER_CLAIM);
            String hiring = "H" + from;
            String evaluation = "E" + from;
            claim(hiring, "HIRING", enterprise, "基准测试企业");
            claim(evaluation, "EVALUATION", "52411002MJ0000000X", "基准测试培训学校");
            StringJoiner lines = new StringJoiner(",");
            StringJoiner evaluated = new StringJoiner(",");
            for (int n = from; n < to; n++) {
                String id = idNumber(n);
                lines.add("('" + hiring + "', " + (n - from + 1) + ", '" + id + "', '基准" + n + "', DATE '2025-02-01',"
                        + " TRUE, 1000, '', '" + id + "')");
                if (n % 5 == 0) {
                    evaluated.add("('" + evaluation + "', " + (n - from + 1) + ", 'C" + id + "', '基准" + n
                            + "', NULL, TRUE, 240, '', '" + id + "')");
                }
            }
            jdbc.update("INSERT INTO subsidy_claim_item (claim_id, line_no, subject, person_name, started_on, eligible,"
                    + " amount, reasons, id_number) VALUES " + lines);
            jdbc.update("INSERT INTO subsidy_claim_item (claim_id, line_no, subject, person_name, started_on, eligible,"
                    + " amount, reasons, id_number) VALUES " + evaluated);
        }
        if (MYSQL) {
            for (String table :
                    Arrays.asList("person", "certificate", "training_voucher", "subsidy_claim", "subsidy_claim_item")) {
                jdbc.execute("ANALYZE TABLE " + table);
            }
        }
    }

    private void claim(String id, String scheme, String applicant, String name) {
        jdbc.update(
                "INSERT INTO subsidy_claim (id, scheme, applicant_id, applicant_name, county_code, claim_year, status,"
                        + " total_amount, submitted_at, updated_at) VALUES (?, ?, ?, ?, '411002', 2025, 'PAID', 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                id,
                scheme,
                applicant,
                name);
    }

    /** Eighteen characters, unique per n (the benchmark's rows are put in by SQL, past the check digit). */
    private static String idNumber(int n) {
        return String.format("41100219%09d0", n);
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
