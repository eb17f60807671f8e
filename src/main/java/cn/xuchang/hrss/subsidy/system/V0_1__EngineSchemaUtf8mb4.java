package cn.xuchang.hrss.subsidy.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the engine's tables on MySQL/MariaDB from the engine's own create scripts, but in utf8mb4.
 *
 * <p>The scripts shipped with the engine declare 3-byte {@code utf8}, which cannot hold characters such as 𠮷 that occur
 * in real Chinese names; a process variable holding one fails with "Incorrect string value". Converting the tables
 * afterwards fails on their foreign keys, so they are created right from the start. On MySQL the engine therefore runs
 * with {@code schema-update: false}. The class name is Flyway's: version 0.1, before our own tables. On H2 it runs the
 * engine's H2 scripts unchanged, so that later migrations (V6: an index the engine lacks) find the engine's tables on a
 * fresh database too; the engine then finds its schema in place.
 */
class V0_1__EngineSchemaUtf8mb4 extends BaseJavaMigration {

    private static final List<String> SCRIPTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (engineTablesExist(connection)) {
            return;
        }
        if (isH2(connection.getMetaData())) {
            try (Statement statement = connection.createStatement()) {
                for (String script : SCRIPTS) {
                    for (String sql : statementsOf("h2", script)) {
                        statement.execute(sql);
                    }
                }
            }
            return;
        }
        if (!isMySql(connection.getMetaData())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String script : SCRIPTS) {
                for (String sql : statementsOf("mysql", script)) {
                    statement.execute(toUtf8mb4(sql));
                }
            }
        }
    }

    private static boolean isMySql(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }

    private static boolean isH2(DatabaseMetaData metaData) throws SQLException {
        return metaData.getDatabaseProductName().equalsIgnoreCase("H2");
    }

    private static boolean engineTablesExist(Connection connection) throws SQLException {
        try (ResultSet tables =
                connection.getMetaData().getTables(connection.getCatalog(), null, "ACT_GE_PROPERTY", null)) {
            return tables.next();
        }
    }

    static List<String> statementsOf(String database, String script) throws IOException {
        String resource = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + script + ".sql";
        try (InputStream in = V0_1__EngineSchemaUtf8mb4.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("engine create script not found: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder withoutComments = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    withoutComments.append(line).append('\n');
                }
            }
            return java.util.Arrays.stream(withoutComments.toString().split(";"))
                    .map(String::strip)
                    .filter(sql -> !sql.isEmpty())
                    .toList();
        }
    }

    static String toUtf8mb4(String sql) {
        return sql.replace("CHARSET=utf8 COLLATE utf8_bin", "CHARSET=utf8mb4 COLLATE utf8mb4_bin");
    }
}
