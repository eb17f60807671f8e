package cn.xuchang.hrss.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.claim.ClaimStatus;
import cn.xuchang.hrss.subsidy.review.ReviewStep;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step bar an applicant reads: which step is done, current, returned or stopped, and why. */
class StepBarTest {

    @Test
    void aClaimInCityReviewHasPassedTheCounty() {
        assertThat(states(StepBar.of(
                        ClaimStatus.CITY_REVIEW, List.of(decision("user_county_review", "APPROVE", "同意")), true)))
                .containsExactly("申报:done", "县区初审:done", "市级复审:current", "公示:todo", "拨付:todo");
    }

    @Test
    void aPaidClaimHasEveryStepDone() {
        assertThat(states(StepBar.of(ClaimStatus.PAID, List.of(), true)))
                .containsExactly("申报:done", "县区初审:done", "市级复审:done", "公示:done", "拨付:done");
    }

    @Test
    void aReturnIsShownAtTheStepThatReturnedWithTheComment() {
        StepBar bar = StepBar.of(ClaimStatus.RETURNED, List.of(decision("user_city_review", "RETURN", "缺少劳动合同")), true);

        assertThat(states(bar)).containsExactly("申报:done", "县区初审:done", "市级复审:returned", "公示:todo", "拨付:todo");
        assertThat(bar.note()).isEqualTo("退回补正：缺少劳动合同");
    }

    @Test
    void aClaimWithNothingEligibleStopsAtSubmission() {
        StepBar bar = StepBar.of(ClaimStatus.REJECTED, List.of(), true);

        assertThat(states(bar)).startsWith("申报:stopped");
        assertThat(bar.note()).contains("没有符合条件");
    }

    @Test
    void aSchemeWithoutCountyReviewHasFourSteps() {
        assertThat(states(StepBar.of(ClaimStatus.PUBLIC_NOTICE, List.of(), false)))
                .containsExactly("申报:done", "市级审核:done", "公示:current", "拨付:todo");
    }

    private static List<String> states(StepBar bar) {
        return bar.steps().stream().map(s -> s.name() + ":" + s.state()).toList();
    }

    private static ReviewStep decision(String task, String decision, String comment) {
        return new ReviewStep(task, decision, comment, "reviewer", LocalDateTime.now());
    }
}
