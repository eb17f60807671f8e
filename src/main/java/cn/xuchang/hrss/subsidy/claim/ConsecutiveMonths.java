package cn.xuchang.hrss.subsidy.claim;

import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

/** "Employed for N months": N consecutive monthly contributions, the first in a given month or later. */
public final class ConsecutiveMonths {

    private ConsecutiveMonths() {}

    public static boolean hasRun(Set<YearMonth> paid, YearMonth from, int required) {
        if (paid == null || paid.isEmpty()) {
            return false;
        }
        int run = 0;
        YearMonth previous = null;
        for (YearMonth month : new TreeSet<>(paid).tailSet(from, true)) {
            run = previous != null && previous.plusMonths(1).equals(month) ? run + 1 : 1;
            if (run >= required) {
                return true;
            }
            previous = month;
        }
        return false;
    }
}
