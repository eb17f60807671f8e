package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Scheme;

/**
 * What the shared claim machinery needs to know of a scheme: its ledger scheme, the process it starts, the decision
 * table whose version the claim records (null: none), and the applicant's correction task.
 */
public record ClaimScheme(Scheme scheme, String processKey, String decisionKey, String correctionTask) {}
