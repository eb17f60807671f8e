package cn.xuchang.hrss.subsidy.roster;

/**
 * One bad cell (or row, or the whole file) of a roster, as the spreadsheet shows it: row 1 is the header, {@code
 * column} is the header's name; {@code row} is null when the whole file is meant, {@code column} when a whole row is.
 */
public record RosterError(Integer row, String column, String message) {}
