package cn.xuchang.hrss.subsidy.portal;

import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.review.ReviewStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a claim stands, drawn as the steps an applicant knows (申报 → 县区初审 → 市级复审 → 公示 → 拨付): the status and
 * the recorded decisions say which step is done, current, returned or stopped. Presentation only; the process decides.
 */
public record StepBar(List<Step> steps, String note) {

    /** One step: its name and state ({@code done}, {@code current}, {@code returned}, {@code stopped}, {@code todo}). */
    public record Step(String name, String state) {}

    static final String COUNTY_REVIEW_TASK = "user_county_review";

    /** The steps of a scheme: with or without the county's first review. */
    static StepBar of(ClaimStatus status, List<ReviewStep> history, boolean countyReview) {
        List<String> names =
                countyReview ? List.of("申报", "县区初审", "市级复审", "公示", "拨付") : List.of("申报", "市级审核", "公示", "拨付");
        int city = countyReview ? 2 : 1;
        int notice = city + 1;
        int paid = notice + 1;
        ReviewStep last = history.isEmpty() ? null : history.get(history.size() - 1);
        int lastStep = last == null ? 0 : COUNTY_REVIEW_TASK.equals(last.step()) ? 1 : city;
        int current;
        String mark = "current";
        String note = null;
        switch (status) {
            case SUBMITTED -> current = 0;
            case COUNTY_REVIEW, COUNTY_RECOMMENDATION -> current = 1;
            case CITY_REVIEW, CITY_DECISION, EXPERT_SCORING -> current = city;
            case PUBLIC_NOTICE -> current = notice;
            case PAID -> {
                current = paid;
                mark = "done";
            }
            case RETURNED -> {
                current = lastStep;
                mark = "returned";
                note = "退回补正" + comment(last);
            }
            case REJECTED -> {
                current = last == null ? 0 : lastStep;
                mark = "stopped";
                note = last == null ? "没有符合条件的人员，申请未通过" : "未通过" + comment(last);
            }
            case WITHDRAWN -> {
                current = lastStep;
                mark = "stopped";
                note = "已撤回（补正期限届满或已撤销）";
            }
            default -> current = 0;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String state = i < current ? "done" : i == current ? mark : "todo";
            steps.add(new Step(names.get(i), state));
        }
        return new StepBar(steps, note);
    }

    private static String comment(ReviewStep last) {
        return last == null || last.comment() == null || last.comment().isBlank() ? "" : "：" + last.comment();
    }
}
