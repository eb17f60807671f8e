package cn.xuchang.hrss.subsidy.ledger;

import java.math.BigDecimal;

/** A grant to reserve: the subject it is for (a person, a person+occupation+level ...) and the amount. */
public record GrantRequest(String subjectKey, BigDecimal amount) {}
