package cn.xuchang.hrss.subsidy.ledger;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Money paid out for one claim. */
public record LedgerEntry(
        Long id, String claimId, Scheme scheme, String beneficiaryId, BigDecimal amount, LocalDateTime bookedAt) {}
