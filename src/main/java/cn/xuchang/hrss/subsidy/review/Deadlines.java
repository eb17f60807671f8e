package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer dates for the BPMN, e.g. {@code camunda:dueDate="${deadlines.countyReviewDue()}"}. A deadline in
 * working days ends at the end of that day; the engine's clock is "now", so tests can move time.
 */
@Component("deadlines")
public class Deadlines {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final SubsidyProperties properties;
    private final WorkingCalendar calendar;

    public Deadlines(SubsidyProperties properties) {
        this.properties = properties;
        this.calendar = new WorkingCalendar(
                new HashSet<>(properties.calendar().holidays()),
                new HashSet<>(properties.calendar().workdays()));
    }

    public Date countyReviewDue() {
        return workingDaysFromNow(properties.review().countyWorkingDays());
    }

    public Date cityReviewDue() {
        return workingDaysFromNow(properties.review().cityWorkingDays());
    }

    public Date correctionDue() {
        return workingDaysFromNow(properties.review().correctionWorkingDays());
    }

    /** The end of the public notice: the configured period, or the configured number of working days. */
    public Date publicNoticeEnds() {
        if (properties.publicNoticePeriod() != null) {
            return new Date(now().getTime() + properties.publicNoticePeriod().toMillis());
        }
        return workingDaysFromNow(properties.publicNoticeWorkingDays());
    }

    private Date workingDaysFromNow(int days) {
        LocalDate today = LocalDateTime.ofInstant(now().toInstant(), ZoneId.systemDefault())
                .toLocalDate();
        LocalDateTime due = calendar.addWorkingDays(today, days).atTime(END_OF_DAY);
        return Date.from(due.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static Date now() {
        return ClockUtil.getCurrentTime();
    }
}
