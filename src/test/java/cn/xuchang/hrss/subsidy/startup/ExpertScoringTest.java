package cn.xuchang.hrss.subsidy.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertScoringTest {

    @Test
    void shouldTakeTheMeanToTwoDecimalsHalfUp() {
        assertThat(ExpertScoring.mean(List.of(new Score("a", 80, ""), new Score("b", 90, ""), new Score("c", 75, ""))))
                .isEqualByComparingTo("81.67");
        assertThat(ExpertScoring.mean(List.of(new Score("a", 0, ""), new Score("b", 100, ""))))
                .isEqualByComparingTo("50.00");
        assertThat(ExpertScoring.mean(List.of())).isNull();
    }

    @Test
    void shouldKeyTheEnterpriseAndTheFounderApart() {
        assertThat(ExpertScoring.enterpriseKey("91411002MA46RX001D")).isEqualTo("ENTERPRISE:91411002MA46RX001D");
        assertThat(ExpertScoring.founderKey("411002199001010018")).isEqualTo("FOUNDER:411002199001010018");
    }
}
