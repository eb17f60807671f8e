package cn.xuchang.hrss.subsidy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.hiring.HiringSubsidyProcess;
import cn.xuchang.hrss.subsidy.registry.Region;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark of issue 4, run by {@code ./mvnw -Pbench verify} once on H2 (file) and once on MySQL: start-up, the
 * deadline rush against the application and against the bare engine, the task list and claim list at volume, the heap
 * after it, and one claim of 2,000 hires. Prints its figures and writes them to target/bench/figures-*.md. Asserts
 * only that the work was done right (every claim paid once), never how fast.
 */
@Import(StatementCounter.class)
class DeadlineRushBenchmark extends ApiIntegrationTest {

    private static final String DATABASE = System.getProperty("bench.database", "h2");
    private static final boolean MYSQL = DATABASE.equals("mysql");
    private static final String MYSQL_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String MYSQL_FLAGS =
            "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useUnicode=true&characterEncoding=UTF-8";

    /**
     * Quick mode ({@code -Dbench.quick=true}): the same sections at about a tenth of the volume, MySQL half only (the
     * pom's bench-quick profile skips the H2 half), so that every change can be measured in minutes.
     */
    private static final boolean QUICK = Boolean.getBoolean("bench.quick");

    /** The MySQL schemas of the run: this name, and with _baseline and _start; dropped and created again. */
    private static final String MYSQL_DATABASE = System.getProperty("bench.mysql.database", "skill_subsidy_bench");

    private static final int RUSH_CLAIMS = Integer.getInteger("bench.rush.claims", 96);
    private static final int[] RUSH_CLIENTS = Arrays.stream(
                    System.getProperty("bench.rush.clients", "1,4,16").split(","))
            .filter(clients -> !clients.isBlank())
            .mapToInt(Integer::parseInt)
            .toArray();
    private static final int VOLUME_OPEN = Integer.getInteger("bench.volume.open", QUICK ? 5_000 : 50_000);
    private static final int VOLUME_FINISHED = Integer.getInteger("bench.volume.finished", QUICK ? 10_000 : 100_000);
    private static final int VOLUME_THREADS = Integer.getInteger("bench.volume.threads", 2);
    private static final int CLAIMS_PER_ENTERPRISE = 30;
    private static final int SAMPLES = Integer.getInteger("bench.samples", 50);
    private static final int BIG_CLAIM_HIRES = Integer.getInteger("bench.big-claim.hires", 2_000);
    private static final int ROSTER_ROWS = Integer.getInteger("bench.roster.rows", 2_000);

    /** Claims that go through each system one at a time to count one claim's statements by kind. */
    private static final int LIFE_CLAIMS = Integer.getInteger("bench.life.claims", 5);

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private Regions regions;

    @Autowired
    private TaskService tasks;

    @Autowired
    private FilterService filters;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private StatementCounter statements;

    private Figures figures;

    private Summary summary;

    /** The counties of the region data set: the enterprises and the volume are spread over them. */
    private List<String> counties;

    /** A fresh database for every run: H2 files under target/bench, or MySQL schemas dropped and created again. */
    @DynamicPropertySource
    static void freshDatabases(DynamicPropertyRegistry registry) throws Exception {
        if (MYSQL) {
            recreateMysql(MYSQL_DATABASE);
            registry.add("spring.datasource.url", () -> MYSQL_SERVER + MYSQL_DATABASE + MYSQL_FLAGS);
        } else {
            deleteTree(Path.of("target", "bench", "h2"));
        }
    }

    @Test
    void deadlineRush() throws Exception {
        figures = new Figures(DATABASE);
        summary = new Summary(DATABASE, QUICK);
        counties = regions.counties().stream().map(Region::code).toList();
        for (String county : counties) {
            user("bench-county-" + county, "county-reviewer-" + county);
        }
        machine();
        if (Boolean.parseBoolean(System.getProperty("bench.start-up", "true"))) {
            startUp();
        }
        if (RUSH_CLIENTS.length > 0) {
            rush();
        }
        volume();
        bigClaim();
        rosterUpload();
        figures.add("machine", "load average (1, 5, 15 min) at the end of the run", loadAverage());
        summary.put("loadAverage.end", loadAverage());
    }

    private void machine() throws Exception {
        String product;
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        figures.add(
                "machine",
                "cores, JVM, maximum heap of the benchmark JVM",
                Runtime.getRuntime().availableProcessors()
                        + " cores, Java " + System.getProperty("java.version") + ", -Xmx "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        figures.add("machine", "database", product);
        if (product.startsWith("MySQL") || product.startsWith("MariaDB")) {
            figures.add(
                    "machine",
                    "database settings: InnoDB buffer pool, flush at commit",
                    jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) / (1024 * 1024) + " MB, "
                            + jdbc.queryForObject("SELECT @@innodb_flush_log_at_trx_commit", Integer.class));
        }
        figures.add("machine", "load average (1, 5, 15 min) at the start of the run", loadAverage());
        summary.put("loadAverage.start", loadAverage());
    }

    // 5. start-up of the packaged application, on a fresh database and again on the same one

    private void startUp() throws Exception {
        Path directory = Path.of("target", "bench", "start-" + DATABASE).toAbsolutePath();
        deleteTree(directory);
        List<String> arguments = new ArrayList<>();
        Map<String, String> environment = Map.of();
        if (MYSQL) {
            recreateMysql(MYSQL_DATABASE + "_start");
            arguments.add("--spring.profiles.active=mysql");
            environment = Map.of(
                    "MYSQL_URL",
                    MYSQL_SERVER + MYSQL_DATABASE + "_start" + MYSQL_FLAGS,
                    "ADMIN_PASSWORD",
                    "Bench-Pass-2026");
        }
        ApplicationStart.Timing first = ApplicationStart.measure(directory, freePort(), arguments, environment);
        ApplicationStart.Timing again = ApplicationStart.measure(directory, freePort(), arguments, environment);
        figures.add(
                "start-up",
                "java -jar, empty database: first HTTP answer / Spring Boot's own figure",
                seconds(first.untilFirstAnswerSeconds()) + " / " + seconds(first.loggedSeconds()));
        figures.add(
                "start-up",
                "java -jar, restart on the same database",
                seconds(again.untilFirstAnswerSeconds()) + " / " + seconds(again.loggedSeconds()));
    }

    // 1 and 2. the deadline rush, through the application's REST API and on the bare engine

    private void rush() throws Exception {
        Rush.Flow<Rush.Claim> application = applicationFlow();
        Rush.run(application, rushClaims(16), 4, statements);
        List<Rush.Result> results = new ArrayList<>();
        for (int clients : RUSH_CLIENTS) {
            Rush.Result result = Rush.run(application, rushClaims(RUSH_CLAIMS), clients, statements);
            results.add(result);
            figures.add(
                    "rush",
                    "application, C=" + clients + ": claims paid end to end per second",
                    Figures.rate(result.claimsPerSecond()));
            figures.add(
                    "rush",
                    "application, C=" + clients + ": submit p50 / p95 / p99",
                    result.submit().p50p95p99());
            figures.add(
                    "rush",
                    "application, C=" + clients + ": both reviews (REST) p50 / p95",
                    result.review().p50p95());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT claim_id) FROM ledger_entry", Integer.class))
                .as("no claim of the rush is paid twice")
                .isZero();
        ClaimLife applicationLife = ClaimLife.measure(application, rushClaims(LIFE_CLAIMS), statements);

        try (BareEngineBaseline baseline = baseline()) {
            Rush.Flow<Rush.Claim> bare = baseline.flow();
            Rush.run(bare, rushClaims(16, false), 4, baseline.statements());
            ClaimLife bareLife = ClaimLife.measure(bare, rushClaims(LIFE_CLAIMS, false), baseline.statements());
            ClaimLife.write(DATABASE, applicationLife, bareLife);
            figures.add(
                    "ratio",
                    "SQL statements of one claim's life, one claim at a time: application / bare engine",
                    Math.round(applicationLife.total()) + " / " + Math.round(bareLife.total()));
            for (int i = 0; i < RUSH_CLIENTS.length; i++) {
                int clients = RUSH_CLIENTS[i];
                Rush.Result result = Rush.run(bare, rushClaims(RUSH_CLAIMS, false), clients, baseline.statements());
                Rush.Result ours = results.get(i);
                figures.add(
                        "baseline",
                        "bare engine, C=" + clients + ": instances completed per second",
                        Figures.rate(result.claimsPerSecond()));
                figures.add(
                        "baseline",
                        "bare engine, C=" + clients + ": start p50 / p95 / p99",
                        result.submit().p50p95p99());
                figures.add(
                        "ratio",
                        "C=" + clients + ": throughput application / bare engine",
                        Figures.ratio(ours.claimsPerSecond() / result.claimsPerSecond()));
                summary.put("rush.c" + clients + ".app", ours.claimsPerSecond());
                summary.put("rush.c" + clients + ".bare", result.claimsPerSecond());
                summary.put("rush.c" + clients + ".ratio", ours.claimsPerSecond() / result.claimsPerSecond());
                figures.add(
                        "ratio",
                        "C=" + clients + ": submit p50 application / start p50 bare engine",
                        Figures.ratio(
                                ours.submit().percentile(50) / result.submit().percentile(50)));
                figures.add(
                        "ratio",
                        "C=" + clients + ": processor ms per claim, this JVM (system and clients) / database server:"
                                + " application / bare engine",
                        Figures.ms(ours.jvmCpuMillisPerClaim()) + " / "
                                + Figures.ms(ours.databaseCpuMillisPerClaim()) + " : "
                                + Figures.ms(result.jvmCpuMillisPerClaim()) + " / "
                                + Figures.ms(result.databaseCpuMillisPerClaim()));
                summary.put("cpuPerClaim.c" + clients + ".app.jvm", ours.jvmCpuMillisPerClaim());
                summary.put("cpuPerClaim.c" + clients + ".app.database", ours.databaseCpuMillisPerClaim());
                summary.put("cpuPerClaim.c" + clients + ".bare.jvm", result.jvmCpuMillisPerClaim());
                summary.put("cpuPerClaim.c" + clients + ".bare.database", result.databaseCpuMillisPerClaim());
                if (i == 0) {
                    figures.add(
                            "ratio",
                            "SQL statements per claim end to end: application / bare engine",
                            Math.round(ours.statementsPerClaim()) + " / " + Math.round(result.statementsPerClaim()));
                    summary.put("statementsPerClaim.app", ours.statementsPerClaim());
                    summary.put("statementsPerClaim.bare", result.statementsPerClaim());
                }
            }
        }
    }

    private Rush.Flow<Rush.Claim> applicationFlow() {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        return new Rush.Flow<>() {
            @Override
            public String submit(Rush.Claim claim) {
                Response response = submitHiring(claim.enterprise(), 2025, hiresOf(claim.idNumbers()));
                if (response.status() != 201 || !"COUNTY_REVIEW".equals(response.text("status"))) {
                    throw new IllegalStateException("submit refused: " + response);
                }
                return response.text("id");
            }

            @Override
            public void review(String claimId) {
                String county = statements.uncounted(() -> jdbc.queryForObject(
                        "SELECT county_code FROM subsidy_claim WHERE id = ?", String.class, claimId));
                approve("bench-county-" + county, claimId, HiringSubsidyProcess.USER_COUNTY_REVIEW);
                approve(CITY, claimId, HiringSubsidyProcess.USER_CITY_REVIEW);
            }

            @Override
            public int completed(List<String> claimIds) {
                return named.queryForObject(
                        "SELECT COUNT(*) FROM subsidy_claim WHERE status = 'PAID' AND id IN (:ids)",
                        Map.of("ids", claimIds),
                        Integer.class);
            }
        };
    }

    private void approve(String reviewer, String claimId, String taskKey) {
        String taskId = taskOf(reviewer, claimId, taskKey);
        Response response = decide(reviewer, taskId, "APPROVE", "材料齐全");
        if (response.status() != 204) {
            throw new IllegalStateException(taskKey + " of " + claimId + " refused: " + response);
        }
    }

    private List<Rush.Claim> rushClaims(int count) {
        return rushClaims(count, true);
    }

    /** Claims of ten hires, two per enterprise, the enterprises spread over the counties. */
    private List<Rush.Claim> rushClaims(int count, boolean registered) {
        List<Rush.Claim> claims = new ArrayList<>();
        for (int i = 0; i < count; i += 2) {
            String county = counties.get((i / 2) % counties.size());
            String enterprise = registered ? enterprise("SMALL", county) : TestData.creditCode(county);
            for (int k = 0; k < 2 && i + k < count; k++) {
                List<String> hires = registered
                        ? BenchData.eligibleHires(jdbc, enterprise, Volume.HIRES_PER_CLAIM)
                        : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
                claims.add(new Rush.Claim(enterprise, county, hires));
            }
        }
        return claims;
    }

    private BareEngineBaseline baseline() throws Exception {
        if (MYSQL) {
            recreateMysql(MYSQL_DATABASE + "_baseline");
            return new BareEngineBaseline(MYSQL_SERVER + MYSQL_DATABASE + "_baseline" + MYSQL_FLAGS, "root", "", true);
        }
        Path file = Path.of("target", "bench", "h2", "baseline").toAbsolutePath();
        return new BareEngineBaseline(
                "jdbc:h2:file:" + file + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE", "sa", "", false);
    }

    // 3 and 5. task list and claim list with 50,000 open review tasks and 100,000 paid claims, then the heap

    private void volume() throws Exception {
        String templateEnterprise = enterprise("SMALL", WEIDU);
        Response template = submitHiring(
                templateEnterprise,
                2025,
                hiresOf(BenchData.eligibleHires(jdbc, templateEnterprise, Volume.HIRES_PER_CLAIM)));
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        Map<String, Object> variables = runtime.getVariables(template.text("processInstanceId"));

        String measured = enterprise("SMALL", WEIDU);
        List<Volume.Applicant> applicants = new ArrayList<>();
        applicants.add(new Volume.Applicant(measured, "测试企业" + measured.substring(10), WEIDU, regions.nameOf(WEIDU)));
        int enterprises = Math.max(1, (VOLUME_OPEN + VOLUME_FINISHED) / CLAIMS_PER_ENTERPRISE);
        for (int i = 1; i < enterprises; i++) {
            String county = counties.get(i % counties.size());
            String code = TestData.creditCode(county);
            applicants.add(new Volume.Applicant(code, "批量企业" + code.substring(10), county, regions.nameOf(county)));
        }
        Volume volume = new Volume(runtime, new TransactionTemplate(transactionManager), jdbc, variables);
        double openRate = volume.create(VOLUME_OPEN, true, applicants, VOLUME_THREADS);
        figures.add(
                "volume", "open claims at the county review created (engine API), per second", Figures.rate(openRate));
        double finishedRate = volume.create(VOLUME_FINISHED, false, applicants, VOLUME_THREADS);
        figures.add("volume", "paid claims created (engine API), per second", Figures.rate(finishedRate));
        volume.bookQuotas();

        String reviewer = "bench-county-" + WEIDU;
        long openTasks = tasks.createTaskQuery().active().count();
        long visible = tasks.createTaskQuery()
                .taskCandidateGroup("county-reviewer-" + WEIDU)
                .count();
        long finished = jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_claim WHERE status = 'PAID'", Long.class);
        figures.add(
                "volume",
                "open tasks / of them the 魏都区 reviewers' / paid claims",
                openTasks + " / " + visible + " / " + finished);
        summary.put("volumeOpen", openTasks);
        summary.put("volumeCountyOpen", visible);
        summary.put("volumeFinished", finished);

        String filterId = filters.createFilterQuery()
                .filterName("县区初审 · " + regions.nameOf(WEIDU))
                .singleResult()
                .getId();
        Latencies filterPage = sample(() ->
                as(reviewer).post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50", Map.of()));
        figures.add(
                "volume",
                "county reviewer's first page, Tasklist filter (50 rows, due date) p50 / p95",
                filterPage.p50p95());
        summary.put("filterPage.p50", filterPage.percentile(50));
        summary.put("filterPage.p95", filterPage.percentile(95));
        Latencies tasklistPage = sample(() -> tasklistPage(reviewer, filterId, 0, 50));
        figures.add(
                "volume",
                "the same page as the Tasklist asks for it (HAL: tasks, their definitions, the filter's variables)"
                        + " p50 / p95",
                tasklistPage.p50p95());
        summary.put("tasklistPage.p50", tasklistPage.percentile(50));
        summary.put("tasklistPage.p95", tasklistPage.percentile(95));
        Latencies filterCount = sample(() -> as(reviewer).get("/engine-rest/filter/" + filterId + "/count"));
        figures.add("volume", "the same filter's count p50 / p95", filterCount.p50p95());
        Latencies taskPage = sample(() -> as(reviewer)
                .get("/engine-rest/task?candidateGroup=county-reviewer-" + WEIDU
                        + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50"));
        figures.add("volume", "county reviewer's first page, GET /engine-rest/task p50 / p95", taskPage.p50p95());
        Latencies claimList = sample(() -> as(measured).get("/api/v1/hiring-subsidy/claims"));
        figures.add(
                "volume",
                "enterprise's own claim list (" + claimCount(measured) + " claims) p50 / p95",
                claimList.p50p95());
        Latencies decisions = new Latencies();
        for (String claimId : openClaimsOf(measured, Math.min(10, SAMPLES))) {
            String taskId = taskOf(reviewer, claimId, HiringSubsidyProcess.USER_COUNTY_REVIEW);
            decisions.time(() -> decide(reviewer, taskId, "APPROVE", "材料齐全"));
        }
        figures.add("volume", "county review decision (POST complete) p50 / p95", decisions.p50p95());

        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        figures.add(
                "heap",
                "used heap after the volume run and a full GC (application and benchmark in one JVM)",
                heap.getUsed() / (1024 * 1024) + " MB of " + heap.getCommitted() / (1024 * 1024) + " MB committed");
    }

    /** The first {@code count} open claims of the enterprise. */
    private List<String> openClaimsOf(String enterprise, int count) {
        return jdbc
                .queryForList(
                        "SELECT id FROM subsidy_claim WHERE applicant_id = ? AND status = 'COUNTY_REVIEW' ORDER BY id",
                        String.class,
                        enterprise)
                .stream()
                .limit(count)
                .toList();
    }

    private int claimCount(String enterprise) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", Integer.class, enterprise);
    }

    private Latencies sample(java.util.function.Supplier<Response> call) {
        for (int i = 0; i < 5; i++) {
            assertThat(call.get().status()).isEqualTo(200);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < SAMPLES; i++) {
            Response response = latencies.time(call::get);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
        return latencies;
    }

    // 4. one claim of 2,000 hires

    private void bigClaim() {
        String enterprise = enterprise("MEDIUM", WEIDU);
        List<String> hires = BenchData.eligibleHires(jdbc, enterprise, BIG_CLAIM_HIRES);
        long before = statements.count();
        long start = System.nanoTime();
        Response response = submitHiring(enterprise, 2025, hiresOf(hires));
        double millis = (System.nanoTime() - start) / 1e6;
        long sent = statements.count() - before;
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode items = response.body().path("items");
        assertThat(items.size()).isEqualTo(BIG_CLAIM_HIRES);
        int eligible = 0;
        for (JsonNode item : items) {
            eligible += item.path("eligible").asBoolean() ? 1 : 0;
        }
        figures.add(
                "2,000 hires",
                "submit with validation of " + BIG_CLAIM_HIRES + " hires (" + eligible + " eligible)",
                Figures.ms(millis));
        figures.add("2,000 hires", "SQL statements the submit sent (all threads)", String.valueOf(sent));
        summary.put("bigClaimMs", millis);
        summary.put("bigClaimStatements", sent);
        assertThat(sent)
                .as("validation must not query per person, let alone per contribution month")
                .isLessThan(BIG_CLAIM_HIRES);
    }

    // 4b. the portal's way in: a 2,000-row .xlsx roster uploaded as the claim

    private void rosterUpload() {
        String enterprise = enterprise("MEDIUM", WEIDU);
        List<String> hires = BenchData.eligibleHires(jdbc, enterprise, ROSTER_ROWS);
        byte[] roster = BenchData.hiringRoster(hires);
        long before = statements.count();
        long start = System.nanoTime();
        Response response =
                as(enterprise).multipart("/api/v1/hiring-subsidy/claims", Map.of("year", "2025"), "花名册.xlsx", roster);
        double millis = (System.nanoTime() - start) / 1e6;
        long sent = statements.count() - before;
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode items = response.body().path("items");
        assertThat(items.size()).isEqualTo(ROSTER_ROWS);
        int eligible = 0;
        for (JsonNode item : items) {
            eligible += item.path("eligible").asBoolean() ? 1 : 0;
        }
        assertThat(eligible).as("every row of the roster is an eligible hire").isEqualTo(ROSTER_ROWS);
        figures.add(
                "roster upload",
                "claim from a " + ROSTER_ROWS + "-row .xlsx (" + roster.length / 1024 + " KB): read, validate, submit",
                Figures.ms(millis));
        figures.add("roster upload", "SQL statements the upload sent (all threads)", String.valueOf(sent));
        summary.put("rosterUploadMs", millis);
        summary.put("rosterUploadStatements", sent);
    }

    private static Map<String, java.time.LocalDate> hiresOf(List<String> idNumbers) {
        Map<String, java.time.LocalDate> hires = new java.util.LinkedHashMap<>();
        idNumbers.forEach(id -> hires.put(id, BenchData.HIRED_ON));
        return hires;
    }

    private static String seconds(double seconds) {
        return Double.isNaN(seconds) ? "–" : String.format(java.util.Locale.ROOT, "%.1f s", seconds);
    }

    /** Other work on the machine shows here: the figures are only as quiet as the machine was. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.exists(loadavg)) {
            return "–";
        }
        String[] fields = Files.readString(loadavg).split(" ");
        return fields[0] + ", " + fields[1] + ", " + fields[2];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void recreateMysql(String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(MYSQL_SERVER + MYSQL_FLAGS, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
