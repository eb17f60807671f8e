package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reviewer may record: one of the task's decisions, and a reason when rejecting or returning. */
class ReviewRulesTest {

    private static final List<String> ALLOWED = List.of("APPROVE", "REJECT", "RETURN", "WARNING", "RECTIFY", "EXIT");
    private static final String MUST_EXPLAIN = "必须填写审核意见（comment）";

    @Test
    void shouldAcceptAnApprovalWithoutAComment() {
        assertThat(ReviewRules.refusal(ALLOWED, "APPROVE", null)).isNull();
        assertThat(ReviewRules.refusal(ALLOWED, "APPROVE", "")).isNull();
    }

    @Test
    void shouldAcceptAnApprovalWithAComment() {
        assertThat(ReviewRules.refusal(ALLOWED, "APPROVE", "材料齐全")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"REJECT", "RETURN", "WARNING", "RECTIFY", "EXIT"})
    void shouldRefuseARejectionOrReturnWithoutAComment(String decision) {
        assertThat(ReviewRules.refusal(ALLOWED, decision, null)).endsWith(MUST_EXPLAIN);
        assertThat(ReviewRules.refusal(ALLOWED, decision, "")).endsWith(MUST_EXPLAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"REJECT", "RETURN", "WARNING", "RECTIFY", "EXIT"})
    void shouldRefuseARejectionOrReturnWithABlankComment(String decision) {
        assertThat(ReviewRules.refusal(ALLOWED, decision, " \t\n　")).endsWith(MUST_EXPLAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"REJECT", "RETURN"})
    void shouldAcceptARejectionOrReturnThatSaysWhy(String decision) {
        assertThat(ReviewRules.refusal(ALLOWED, decision, "缺少社保缴费证明")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE", "approve", " APPROVE", "RECOMMEND", ""})
    void shouldRefuseADecisionTheTaskDoesNotAllow(String decision) {
        assertThat(ReviewRules.refusal(ALLOWED, decision, "意见"))
                .isNotNull()
                .startsWith("审核决定（decision）必须是以下之一")
                .contains("APPROVE（通过）", "REJECT（驳回）", "RETURN（退回补正）");
    }

    @Test
    void shouldRefuseADecisionAllowedElsewhereButNotOnThisTask() {
        assertThat(ReviewRules.refusal(List.of("RECOMMEND"), "APPROVE", null))
                .isNotNull()
                .contains("RECOMMEND（推荐）")
                .doesNotContain("APPROVE");
    }

    @Test
    void shouldRefuseADecisionThatIsNotText() {
        assertThat(ReviewRules.refusal(ALLOWED, Boolean.TRUE, null)).startsWith("审核决定（decision）");
        assertThat(ReviewRules.refusal(ALLOWED, 1, null)).startsWith("审核决定（decision）");
        assertThat(ReviewRules.refusal(ALLOWED, List.of("APPROVE"), null)).startsWith("审核决定（decision）");
    }

    @Test
    void shouldRefuseAMissingDecision() {
        assertThat(ReviewRules.refusal(ALLOWED, null, "意见")).startsWith("审核决定（decision）");
    }

    @Test
    void shouldRefuseACommentThatIsNotText() {
        assertThat(ReviewRules.refusal(ALLOWED, "APPROVE", 42)).isEqualTo("审核意见（comment）必须是文字");
    }

    @Test
    void shouldRefuseACommentOverAThousandCharacters() {
        String tooLong = "补".repeat(ReviewRules.MAX_COMMENT_LENGTH + 1);

        assertThat(ReviewRules.MAX_COMMENT_LENGTH).isEqualTo(1000);
        assertThat(ReviewRules.refusal(ALLOWED, "REJECT", tooLong)).isEqualTo("审核意见不能超过 1000 个字");
        assertThat(ReviewRules.refusal(ALLOWED, "APPROVE", tooLong)).isEqualTo("审核意见不能超过 1000 个字");
    }

    @Test
    void shouldAcceptACommentOfExactlyAThousandCharacters() {
        assertThat(ReviewRules.refusal(ALLOWED, "REJECT", "补".repeat(1000))).isNull();
    }
}
