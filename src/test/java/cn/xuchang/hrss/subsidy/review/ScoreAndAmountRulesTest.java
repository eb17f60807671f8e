package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The score and amount checks that the task properties scoreRange and amountRange switch on. */
class ScoreAndAmountRulesTest {

    private static final int[] ZERO_TO_HUNDRED = {0, 100};

    @Test
    void shouldAcceptWholeScoresFromZeroToAHundred() {
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, 0)).isNull();
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, 100L)).isNull();
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, 85.0)).isNull();
    }

    @Test
    void shouldRefuseScoresOutsideTheRangeOrNotWholeNumbers() {
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, 101)).contains("0 到 100");
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, -1)).isNotNull();
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, 85.5)).isNotNull();
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, "90")).isNotNull();
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, null)).isNotNull();
        assertThat(ReviewRules.scoreRefusal(ZERO_TO_HUNDRED, Double.NaN)).isNotNull();
    }

    @Test
    void shouldAcceptAProjectAmountFromOneToTheLimit() {
        assertThat(ReviewRules.amountRefusal("APPROVE", 1, 1L, 100_000L)).isNull();
        assertThat(ReviewRules.amountRefusal("APPROVE", 100_000L, 1L, 100_000L)).isNull();
    }

    @Test
    void shouldRefuseAProjectAmountAboveTheLimitOrMissing() {
        assertThat(ReviewRules.amountRefusal("APPROVE", 100_001, 1L, 100_000L)).contains("1 到 100000");
        assertThat(ReviewRules.amountRefusal("APPROVE", 0, 1L, 100_000L)).isNotNull();
        assertThat(ReviewRules.amountRefusal("APPROVE", null, 1L, 100_000L)).isNotNull();
        assertThat(ReviewRules.amountRefusal("APPROVE", 5000.5, 1L, 100_000L)).isNotNull();
    }

    @Test
    void shouldGrantAFixedAmountWhenNoneIsGivenAndRefuseAnother() {
        assertThat(ReviewRules.amountRefusal("APPROVE", null, 200_000L, 200_000L))
                .isNull();
        assertThat(ReviewRules.grantedAmount(null, 200_000L)).isEqualTo(200_000L);
        assertThat(ReviewRules.amountRefusal("APPROVE", 150_000, 200_000L, 200_000L))
                .contains("固定标准");
    }

    @Test
    void shouldNotAskForAnAmountWhenTheDecisionGrantsNothing() {
        assertThat(ReviewRules.amountRefusal("REJECT", 999_999, 1L, 100_000L)).isNull();
    }
}
