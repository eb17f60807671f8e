package cn.xuchang.hrss.subsidy.portal;

import java.math.BigDecimal;
import java.util.List;

/** A precheck's answer for the page: the lines exactly as the claim would get them now, and their total. */
public record Precheck(BigDecimal totalAmount, List<ResultLine> lines) {

    public long eligibleCount() {
        return lines.stream().filter(ResultLine::eligible).count();
    }
}
