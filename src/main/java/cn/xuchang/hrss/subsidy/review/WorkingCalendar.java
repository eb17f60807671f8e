package cn.xuchang.hrss.subsidy.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday, less public holidays, plus the make-up working days (调休) that fall on a weekend.
 * Holidays are configuration, published each year by the State Council.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code from} (from itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
