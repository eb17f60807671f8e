package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A county's Tasklist page stays a walk of 50-odd index entries at 50,000 open tasks only while the database walks the
 * due-date index (V9_4) and looks each task up in its candidate links, sorting nothing. This asks the database itself:
 * EXPLAIN of the page statement, on H2 in the build and on MariaDB/MySQL in the {@code mysql-it} suite.
 */
class GroupTaskPageQueryPlanIT extends ApiIntegrationTest {

    @Autowired
    private SqlSessionFactory sessions;

    @Autowired
    private DataSource dataSource;

    @Test
    void shouldWalkTheDueDateIndexAndLookEachTaskUpInItsGroupWithoutSorting() throws Exception {
        GroupTaskList county = new GroupTaskList("county-reviewer-" + WEIDU, true, true, null, null);
        String sql = sessions.getConfiguration()
                .getMappedStatement(GroupTaskPageMapper.class.getName() + ".walkByDueDate")
                .getBoundSql(Map.of("list", county, "first", 0, "max", 50))
                .getSql();
        Object[] parameters = {county.group(), 50, 0};
        boolean mysql;
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            mysql = product.contains("mysql") || product.contains("mariadb");
        }
        if (mysql) {
            List<Map<String, Object>> rows = jdbc.queryForList("EXPLAIN " + sql, parameters);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0))
                    .as(rows.toString())
                    .containsEntry("table", "T")
                    .containsEntry("key", "ss_idx_task_due");
            assertThat(rows.get(1))
                    .as(rows.toString())
                    .containsEntry("table", "I")
                    .containsEntry("key", "ss_idx_ident_lnk_task_group")
                    .containsEntry("type", "ref");
            rows.forEach(row -> assertThat(String.valueOf(row.get("Extra")))
                    .as(rows.toString())
                    .contains("Using index")
                    .doesNotContainIgnoringCase("filesort")
                    .doesNotContainIgnoringCase("temporary"));
        } else {
            String plan = jdbc.queryForObject("EXPLAIN " + sql, String.class, parameters)
                    .toUpperCase(Locale.ROOT);
            assertThat(plan).as(plan).contains("PUBLIC.SS_IDX_TASK_DUE").contains("PUBLIC.SS_IDX_IDENT_LNK_TASK_GROUP");
            assertThat(plan).as(plan).contains("INDEX SORTED");
        }
    }
}
