package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production profile refuses to start on a database without an administrator when ADMIN_PASSWORD is not set:
 * otherwise the webapps would offer their first-admin set-up page to whoever comes first. The packaged application
 * runs with the mysql profile's own settings (application-mysql.yaml, no ADMIN_PASSWORD) on an in-memory H2 database,
 * in a JVM of its own, as the cluster tests start it: a failed start inside the tests' JVM would take the webapps'
 * shared engine registry down with it.
 */
class AdminBootstrapSecurityIT {

    private static final Path OUTPUT = Path.of("target", "admin-bootstrap", "mysql-profile-without-admin.log");

    @Test
    void shouldRefuseToStartTheMysqlProfileWithoutAnAdministratorAndWithoutAdminPassword() throws Exception {
        Process application = start(
                "--spring.profiles.active=mysql",
                // an H2 database in place of MYSQL_URL: the profile's settings are the same, only the server differs
                "--spring.datasource.url=jdbc:h2:mem:mysql-profile-without-admin;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--camunda.bpm.database.type=h2",
                "--camunda.bpm.job-execution.enabled=false",
                "--skill-subsidy.bootstrap-admin.password=",
                "--server.port=0");

        boolean ended = application.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            application.destroyForcibly();
        }
        String output = Files.readString(OUTPUT, StandardCharsets.UTF_8);

        assertThat(ended)
                .as("the application must stop by itself; output in " + OUTPUT)
                .isTrue();
        assertThat(application.exitValue()).isNotZero();
        assertThat(output)
                .contains("数据库中还没有系统管理员，且未设置 ADMIN_PASSWORD")
                .contains("set ADMIN_PASSWORD for the first administrator");
    }

    /** The packaged application ({@code package} builds it before the integration tests run). */
    private static Process start(String... arguments) throws IOException {
        Files.createDirectories(OUTPUT.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(OUTPUT.toFile());
        builder.environment().remove("ADMIN_PASSWORD");
        return builder.start();
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("skill-subsidy-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/skill-subsidy-*.jar: run ./mvnw verify"));
        }
    }
}
