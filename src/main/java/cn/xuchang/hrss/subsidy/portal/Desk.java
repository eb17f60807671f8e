package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;

/**
 * What the pages of one applicant kind show: its path, the scheme it claims, the roster layout (which also says which
 * fields a line has), whether a county reviews first, and whether a claim names a year.
 */
public record Desk(
        String base, String kindLabel, Scheme scheme, RosterLayout layout, boolean countyReview, boolean withYear) {

    public String title() {
        return scheme.label();
    }

    /** {@code HIRING}, {@code REFERRAL} or {@code EVALUATION}: which fields the line tables show. */
    public String lineKind() {
        if (layout == RosterLayout.REFERRAL) {
            return "REFERRAL";
        }
        return layout == RosterLayout.EVALUATION ? "EVALUATION" : "HIRING";
    }
}
