package cn.xuchang.hrss.subsidy.roster;

/** A column of a roster layout, found by its header; {@code required}: a data row must fill it. */
public record RosterColumn(String header, Kind kind, boolean required) {

    /** What a cell of the column holds, and so how it is read. */
    public enum Kind {
        /** Text of at most 64 characters; a number is refused (an 18-digit ID number loses its last digits as one). */
        CODE,
        /** A date cell, or text YYYY-MM-DD. */
        DATE,
        /** Free text, e.g. a name; read for the applicant's own reference, not for the rules. */
        TEXT
    }

    public static RosterColumn code(String header) {
        return new RosterColumn(header, Kind.CODE, true);
    }

    public static RosterColumn date(String header) {
        return new RosterColumn(header, Kind.DATE, true);
    }

    public static RosterColumn optionalText(String header) {
        return new RosterColumn(header, Kind.TEXT, false);
    }
}
