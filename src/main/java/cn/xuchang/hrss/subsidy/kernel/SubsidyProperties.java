package cn.xuchang.hrss.subsidy.kernel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code skill-subsidy.*}. Amounts and caps are not here: they live in the DMN tables in bpmn/.
 *
 * @param demoData load the demo users, enterprises, persons and claims (default profile only)
 * @param regionData the region data set (a CSV on the classpath) that defines the city and its counties
 * @param publicNoticePeriod length of the public notice (公示); unset means {@code publicNoticeWorkingDays}
 * @param publicNoticeWorkingDays the public notice in working days when no period is set
 * @param review due dates of review tasks and of the applicant's correction, in working days
 * @param calendar public holidays and make-up working days of the working-day calendar
 * @param maxItemsPerClaim the largest number of hires, placements or certificates one claim may list
 * @param startupAward the entrepreneurship award review: how many experts score each application
 * @param claimYears the years a claim may be filed for: the plan's first year up to the current one
 */
@ConfigurationProperties("skill-subsidy")
public record SubsidyProperties(
        boolean demoData,
        String regionData,
        Duration publicNoticePeriod,
        int publicNoticeWorkingDays,
        Review review,
        Calendar calendar,
        int maxItemsPerClaim,
        StartupAward startupAward,
        ClaimYears claimYears) {

    public SubsidyProperties {
        if (regionData == null || regionData.isBlank()) {
            regionData = "regions/411000-xuchang.csv";
        }
        if (publicNoticeWorkingDays <= 0) {
            publicNoticeWorkingDays = 5;
        }
        if (review == null) {
            review = new Review(0, 0, 0);
        }
        if (calendar == null) {
            calendar = new Calendar(List.of(), List.of());
        }
        if (maxItemsPerClaim <= 0) {
            maxItemsPerClaim = 2000;
        }
        if (startupAward == null) {
            startupAward = new StartupAward(0);
        }
        if (claimYears == null) {
            claimYears = new ClaimYears(0);
        }
    }

    /** The settings as the application reads them when nothing is configured (tests of one class). */
    public static SubsidyProperties defaults() {
        return new SubsidyProperties(false, null, null, 5, null, null, 0, null, null);
    }

    /**
     * The years a claim may name: from {@code first} (the plan, 豫办〔2021〕29号, starts in 2021) up to the current
     * year; a year not yet over may be claimed for hires already made, a future year may not.
     */
    public record ClaimYears(int first) {
        public static final int PLAN_FIRST_YEAR = 2021;

        public ClaimYears {
            first = first > 0 ? first : PLAN_FIRST_YEAR;
        }

        public boolean accepts(int year, int currentYear) {
            return year >= first && year <= currentYear;
        }
    }

    /** @param experts the number of experts who score each entrepreneurship award application (default 3) */
    public record StartupAward(int experts) {
        public StartupAward {
            experts = experts > 0 ? experts : 3;
        }
    }

    public record Review(int countyWorkingDays, int cityWorkingDays, int correctionWorkingDays) {
        public Review {
            countyWorkingDays = countyWorkingDays > 0 ? countyWorkingDays : 10;
            cityWorkingDays = cityWorkingDays > 0 ? cityWorkingDays : 10;
            correctionWorkingDays = correctionWorkingDays > 0 ? correctionWorkingDays : 15;
        }
    }

    public record Calendar(List<LocalDate> holidays, List<LocalDate> workdays) {
        public Calendar {
            holidays = holidays == null ? List.of() : new ArrayList<>(holidays);
            workdays = workdays == null ? List.of() : new ArrayList<>(workdays);
        }
    }
}
