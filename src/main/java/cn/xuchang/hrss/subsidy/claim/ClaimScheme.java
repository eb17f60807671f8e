package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;

/**
 * What the shared claim machinery needs to know of a scheme: its ledger scheme, the process it starts, the decision
 * table whose version the claim records (null: none), the applicant's correction task, and its roster file (null: a
 * scheme claimed without a roster).
 */
public record ClaimScheme(Scheme scheme, String processKey, String decisionKey, String correctionTask, Roster roster) {

    /** A scheme claimed without a roster file. */
    public ClaimScheme(Scheme scheme, String processKey, String decisionKey, String correctionTask) {
        this(scheme, processKey, decisionKey, correctionTask, null);
    }

    /** This scheme with its roster: the layout of its file, its template under {@code /api/v1/{area}}. */
    public ClaimScheme withRoster(String area, RosterLayout layout) {
        return new ClaimScheme(scheme, processKey, decisionKey, correctionTask, new Roster(area, layout));
    }

    /**
     * The columns of a scheme's roster file and where its template is served: {@code GET /api/v1/{area}/roster-template.xlsx}
     * (API.md, "Applicant portal and roster files"), under the scheme's own API area and so its access rules.
     */
    public record Roster(String area, RosterLayout layout) {}
}
