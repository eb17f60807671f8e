package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Working days: Monday to Friday, less public holidays, plus make-up working days (调休) on a weekend. */
class WorkingCalendarTest {

    /** National Day 2025: 1 to 8 October off, Sunday 28 September and Saturday 11 October worked. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2025, 10, 1),
            LocalDate.of(2025, 10, 2),
            LocalDate.of(2025, 10, 3),
            LocalDate.of(2025, 10, 4),
            LocalDate.of(2025, 10, 5),
            LocalDate.of(2025, 10, 6),
            LocalDate.of(2025, 10, 7),
            LocalDate.of(2025, 10, 8),
            LocalDate.of(2026, 1, 1));

    private static final Set<LocalDate> MAKE_UP_WORKING_DAYS =
            Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));

    private final WorkingCalendar calendar = new WorkingCalendar(HOLIDAYS, MAKE_UP_WORKING_DAYS);

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    @Test
    void shouldMakeMondayTheFirstWorkingDayAfterAFriday() {
        assertThat(calendar.addWorkingDays(day(11, 14), 1)).isEqualTo(day(11, 17));
    }

    @Test
    void shouldNotCountTheStartDayItself() {
        assertThat(calendar.addWorkingDays(day(11, 17), 1)).isEqualTo(day(11, 18));
    }

    @Test
    void shouldSkipAWeekend() {
        assertThat(calendar.addWorkingDays(day(11, 13), 3)).isEqualTo(day(11, 18));
    }

    @Test
    void shouldStartCountingFromAWeekendDay() {
        assertThat(calendar.addWorkingDays(day(11, 15), 1)).isEqualTo(day(11, 17));
    }

    @Test
    void shouldSkipASingleHoliday() {
        assertThat(calendar.addWorkingDays(day(12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void shouldSkipAWeekOfHolidays() {
        assertThat(calendar.addWorkingDays(day(9, 30), 1)).isEqualTo(day(10, 9));
    }

    @Test
    void shouldCountAMakeUpWorkingDayOnASaturday() {
        assertThat(calendar.addWorkingDays(day(10, 10), 1)).isEqualTo(day(10, 11));
    }

    @Test
    void shouldCountAMakeUpWorkingDayOnASunday() {
        assertThat(calendar.addWorkingDays(day(9, 27), 1)).isEqualTo(day(9, 28));
    }

    @Test
    void shouldMakeTheFifthWorkingDayAfterAWednesdayTheNextWednesday() {
        assertThat(calendar.addWorkingDays(day(11, 12), 5)).isEqualTo(day(11, 19));
    }

    @Test
    void shouldCountAcrossHolidaysAndMakeUpDaysTogether() {
        // Sun 28 Sep (make-up), Mon 29, Tue 30, then 1-8 Oct off, Thu 9, Fri 10
        assertThat(calendar.addWorkingDays(day(9, 26), 5)).isEqualTo(day(10, 10));
    }

    @Test
    void shouldTellWorkingDaysFromDaysOff() {
        assertThat(calendar.isWorkingDay(day(11, 14))).as("a Friday").isTrue();
        assertThat(calendar.isWorkingDay(day(11, 15))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(day(11, 16))).as("a Sunday").isFalse();
        assertThat(calendar.isWorkingDay(day(10, 1)))
                .as("a holiday on a Wednesday")
                .isFalse();
        assertThat(calendar.isWorkingDay(day(10, 11))).as("a make-up Saturday").isTrue();
    }

    @Test
    void shouldKeepItsOwnCopyOfTheDaysItWasGiven() {
        Set<LocalDate> holidays = new HashSet<>();
        WorkingCalendar copied = new WorkingCalendar(holidays, Set.of());
        holidays.add(day(11, 17));

        assertThat(copied.isWorkingDay(day(11, 17))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void shouldRefuseFewerThanOneWorkingDay(int n) {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(day(11, 14), n));
    }
}
