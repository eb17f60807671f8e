package cn.xuchang.hrss.subsidy.kernel;

import java.util.Collection;
import java.util.List;

/** The engine groups of API.md; a group's id is also the Spring Security authority of its members. */
public final class Groups {

    public static final String ADMIN = "camunda-admin";
    public static final String DATA_EXCHANGE = "data-exchange";
    public static final String CITY_REVIEWER = "city-reviewer";
    public static final String COUNTY_REVIEWER_PREFIX = "county-reviewer-";
    public static final String ENTERPRISE = "enterprise";
    public static final String AGENCY = "agency";
    public static final String INSTITUTION = "institution";
    public static final String EXPERT = "expert";
    public static final String WORKER = "worker";

    /** Groups that exist whatever the region data set says. */
    public static final List<String> FIXED =
            List.of(ADMIN, DATA_EXCHANGE, CITY_REVIEWER, ENTERPRISE, AGENCY, INSTITUTION, WORKER, EXPERT);

    /** The applicants' groups: they act through our API and the portal only, never through the engine's. */
    public static final List<String> APPLICANTS = List.of(ENTERPRISE, AGENCY, INSTITUTION, WORKER);

    private Groups() {}

    public static String countyReviewer(String countyCode) {
        return COUNTY_REVIEWER_PREFIX + countyCode;
    }

    public static boolean isReviewerGroup(String group) {
        return CITY_REVIEWER.equals(group) || group.startsWith(COUNTY_REVIEWER_PREFIX);
    }

    /** The groups the engine's REST API and the webapps serve: administrators, reviewers, experts. */
    public static boolean isWorkflowGroup(String group) {
        return ADMIN.equals(group) || EXPERT.equals(group) || isReviewerGroup(group);
    }

    /**
     * A workflow user: a member of a workflow group and of no applicant group (an applicant account never reaches the
     * engine, whatever else it was given).
     */
    public static boolean isWorkflowUser(Collection<String> groups) {
        return groups.stream().anyMatch(Groups::isWorkflowGroup)
                && groups.stream().noneMatch(APPLICANTS::contains);
    }
}
