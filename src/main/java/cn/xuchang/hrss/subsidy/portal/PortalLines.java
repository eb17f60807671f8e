package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;

/** A roster row as a portal line (the columns every layout may have). */
final class PortalLines {

    private PortalLines() {}

    static PortalLine of(RosterRow row) {
        return new PortalLine(
                row.text(RosterLayout.ID_NUMBER),
                row.text(RosterLayout.EMPLOYER),
                row.text(RosterLayout.CERTIFICATE_NO),
                row.date(RosterLayout.HIRED_ON));
    }
}
