package cn.xuchang.hrss.subsidy.portal;

import java.util.ArrayList;
import java.util.List;

/** The lines of a claim as a page's form sends them, and the year for a hiring claim. */
public class LinesForm {

    private Integer year;
    private List<PortalLine> lines = new ArrayList<>();

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<PortalLine> getLines() {
        return lines;
    }

    public void setLines(List<PortalLine> lines) {
        this.lines = lines;
    }

    /** The lines the applicant filled in. */
    public List<PortalLine> filled() {
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    /** The form with at least {@code rows} lines, empty ones added for typing. */
    public LinesForm withEmptyRows(int rows) {
        while (lines.size() < rows) {
            lines.add(new PortalLine());
        }
        return this;
    }
}
