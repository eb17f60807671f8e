package cn.xuchang.hrss.subsidy.ledger;

import java.math.BigDecimal;

/** Amounts leave the API in yuan, whole amounts as whole numbers (1000, not 1000.00). */
public final class Yuan {

    private Yuan() {}

    public static BigDecimal of(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
