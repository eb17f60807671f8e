package cn.xuchang.hrss.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Employed for N months": N consecutive monthly contributions, the first in a given month or later. */
class ConsecutiveMonthsTest {

    private static final YearMonth HIRED = YearMonth.of(2025, 3);

    private static Set<YearMonth> months(YearMonth first, int count) {
        Set<YearMonth> months = new HashSet<>();
        for (int i = 0; i < count; i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    private static Set<YearMonth> union(Set<YearMonth> a, Set<YearMonth> b) {
        Set<YearMonth> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void shouldCountTwelveConsecutiveMonthsFromTheStartMonth() {
        assertThat(ConsecutiveMonths.hasRun(months(HIRED, 12), HIRED, 12)).isTrue();
    }

    @Test
    void shouldNotCountElevenMonths() {
        assertThat(ConsecutiveMonths.hasRun(months(HIRED, 11), HIRED, 12)).isFalse();
    }

    @Test
    void shouldNotCountTwelveMonthsWithAGapInTheMiddle() {
        Set<YearMonth> withGap = union(months(HIRED, 6), months(HIRED.plusMonths(7), 6));

        assertThat(withGap).hasSize(12);
        assertThat(ConsecutiveMonths.hasRun(withGap, HIRED, 12)).isFalse();
    }

    @Test
    void shouldCountARunThatStartsLaterThanTheStartMonth() {
        assertThat(ConsecutiveMonths.hasRun(months(HIRED.plusMonths(4), 12), HIRED, 12))
                .isTrue();
    }

    @Test
    void shouldCountARunThatFollowsAnEarlierShortRun() {
        Set<YearMonth> shortThenLong = union(months(HIRED, 3), months(HIRED.plusMonths(5), 12));

        assertThat(ConsecutiveMonths.hasRun(shortThenLong, HIRED, 12)).isTrue();
    }

    @Test
    void shouldNotCountMonthsBeforeTheStartMonth() {
        Set<YearMonth> sixBeforeAndSixAfter = months(HIRED.minusMonths(6), 12);

        assertThat(ConsecutiveMonths.hasRun(sixBeforeAndSixAfter, HIRED, 12)).isFalse();
    }

    @Test
    void shouldCountARunThatStartedBeforeTheStartMonthOnlyFromTheStartMonth() {
        Set<YearMonth> sixBeforeAndTwelveAfter = months(HIRED.minusMonths(6), 18);

        assertThat(ConsecutiveMonths.hasRun(sixBeforeAndTwelveAfter, HIRED, 12)).isTrue();
    }

    @Test
    void shouldCountARunAcrossAYearBoundary() {
        YearMonth november = YearMonth.of(2025, 11);

        assertThat(ConsecutiveMonths.hasRun(months(november, 12), november, 12)).isTrue();
        assertThat(ConsecutiveMonths.hasRun(months(november, 11), november, 12)).isFalse();
    }

    @Test
    void shouldNotCountANonConsecutiveDecemberAndJanuaryOfDifferentYears() {
        Set<YearMonth> skipsAYear = union(months(YearMonth.of(2025, 6), 7), months(YearMonth.of(2027, 1), 5));

        assertThat(skipsAYear).hasSize(12);
        assertThat(ConsecutiveMonths.hasRun(skipsAYear, YearMonth.of(2025, 6), 12))
                .isFalse();
    }

    @Test
    void shouldNotCountAnEmptyOrMissingSet() {
        assertThat(ConsecutiveMonths.hasRun(Set.of(), HIRED, 12)).isFalse();
        assertThat(ConsecutiveMonths.hasRun(null, HIRED, 12)).isFalse();
    }
}
