package cn.xuchang.hrss.subsidy.ledger;

import java.math.BigDecimal;

/** What a beneficiary holds in one scheme: reserved by claims in progress, and paid. */
public record Quota(String beneficiaryId, Scheme scheme, BigDecimal reserved, BigDecimal paid) {

    public BigDecimal used() {
        return reserved.add(paid);
    }

    public static Quota empty(String beneficiaryId, Scheme scheme) {
        return new Quota(beneficiaryId, scheme, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
