package cn.xuchang.hrss.subsidy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Multi-row INSERTs for the benchmark's bulk data in our own tables (registries, claims, ledger): one statement per
 * 500 rows, the same SQL on H2 and MySQL. Never used for the engine's tables, which only the engine writes.
 */
final class Rows {

    private static final int ROWS_PER_STATEMENT = 500;

    private final String table;
    private final String[] columns;
    private final List<Object[]> rows = new ArrayList<>();

    private Rows(String table, String... columns) {
        this.table = table;
        this.columns = columns;
    }

    static Rows into(String table, String... columns) {
        return new Rows(table, columns);
    }

    Rows add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " takes " + columns.length + " values, not " + values.length);
        }
        rows.add(values);
        return this;
    }

    int size() {
        return rows.size();
    }

    void insert(JdbcTemplate jdbc) {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple));
            Object[] values = new Object[chunk.size() * columns.length];
            int i = 0;
            for (Object[] row : chunk) {
                for (Object value : row) {
                    values[i++] = value;
                }
            }
            jdbc.update(sql, values);
        }
        rows.clear();
    }
}
