package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The engine's schema as our migrations leave it, on H2 and (MySQL suite) on MySQL. */
class EngineSchemaIT extends ApiIntegrationTest {

    @Test
    void completingATaskFindsItsSubtasksByIndex() throws Exception {
        assertThat(indexedColumns("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
    }

    private List<String> indexedColumns(String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String name = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
            try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), null, name, false, true)) {
                while (indexes.next()) {
                    String column = indexes.getString("COLUMN_NAME");
                    if (column != null) {
                        columns.add(column.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
