package cn.xuchang.hrss.subsidy.efile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The e-file stays fast at a million persons because each of its statements starts from an index on the person's ID
 * number and joins only by primary key (README, "The e-file: index plan"). This asks the database itself: EXPLAIN of
 * each statement the mapper runs, on H2 in the build and on MariaDB/MySQL in the {@code mysql-it} suite; a full scan
 * of any table, or a statement that stops using its index, fails it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EFileQueryPlanIT extends EFileFixture {

    /** Each statement of EFileMapper, and the index that must lead it. */
    private static final Map<String, String> LEADING_INDEX = Map.of(
            "person", "PRIMARY",
            "certificates", "IDX_CERTIFICATE_PERSON",
            "vouchers", "IDX_VOUCHER_PERSON",
            "subsidies", "IDX_CLAIM_ITEM_PERSON");

    @Autowired
    SqlSessionFactory sessions;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldWalkAnIndexOnThePersonInEveryStatementAndScanNoTable() throws Exception {
        Worker worker = worker();
        boolean mysql;
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            mysql = product.contains("mysql") || product.contains("mariadb");
        }
        for (Map.Entry<String, String> statement : LEADING_INDEX.entrySet()) {
            String sql = sessions.getConfiguration()
                    .getMappedStatement(EFileMapper.class.getName() + "." + statement.getKey())
                    .getBoundSql(worker.idNumber())
                    .getSql();
            assertThat(sql).as(statement.getKey()).contains("?");
            if (mysql) {
                assertMysqlPlan(statement.getKey(), statement.getValue(), sql, worker.idNumber());
            } else {
                assertH2Plan(statement.getKey(), statement.getValue(), sql, worker.idNumber());
            }
        }
    }

    /** H2 names each table's access in a comment: {@code /* PUBLIC.IDX_… *\/}, or {@code tableScan} for a full scan. */
    private void assertH2Plan(String statement, String index, String sql, String idNumber) {
        String plan = jdbc.queryForObject("EXPLAIN " + sql, String.class, idNumber);
        assertThat(plan).as(statement + ": " + plan).doesNotContainIgnoringCase("tableScan");
        assertThat(plan.toUpperCase(Locale.ROOT)).as(statement + ": " + plan).contains("PUBLIC." + index);
    }

    /** MySQL/MariaDB: one row per table; {@code ALL} is a full table scan, {@code index} a full index scan. */
    private void assertMysqlPlan(String statement, String index, String sql, String idNumber) {
        List<Map<String, Object>> rows = jdbc.queryForList("EXPLAIN " + sql, idNumber);
        assertThat(rows).as(statement).isNotEmpty();
        for (Map<String, Object> row : rows) {
            String type = String.valueOf(row.get("type"));
            assertThat(type).as(statement + ": " + row).isNotIn("ALL", "index", "null");
        }
        String leading = String.valueOf(rows.get(0).get("key")).toUpperCase(Locale.ROOT);
        assertThat(leading).as(statement + ": " + rows).isEqualTo(index);
    }
}
