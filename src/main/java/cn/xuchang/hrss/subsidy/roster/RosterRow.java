package cn.xuchang.hrss.subsidy.roster;

import java.time.LocalDate;
import java.util.Map;

/** A data row of a roster that could be read: {@code row} as the spreadsheet numbers it, values by header. */
public record RosterRow(int row, Map<String, Object> values) {

    public String text(String header) {
        Object value = values.get(header);
        return value == null ? null : value.toString();
    }

    public LocalDate date(String header) {
        return (LocalDate) values.get(header);
    }
}
