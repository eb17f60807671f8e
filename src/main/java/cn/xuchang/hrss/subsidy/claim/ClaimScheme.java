package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Scheme;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;

/**
 * What the shared claim machinery needs to know of a scheme: its ledger scheme, the process it starts, the decision
 * table whose version the claim records (null: none), the applicant's correction task, and the columns of its roster
 * file (null: a scheme claimed without a roster).
 */
public record ClaimScheme(
        Scheme scheme, String processKey, String decisionKey, String correctionTask, RosterLayout roster) {}
