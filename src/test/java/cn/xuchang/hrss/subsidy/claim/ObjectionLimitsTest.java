package cn.xuchang.hrss.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.hrss.subsidy.claim.ObjectionLimits.Limit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The objection limits: defaults a real public never reaches, and no limit that would refuse every objection. */
class ObjectionLimitsTest {

    @Test
    void shouldDefaultToFiveAnHourPerClientAndTwentyADayPerClaim() {
        ObjectionLimits limits = new ObjectionLimits(null, null);

        assertThat(limits.perClient()).isEqualTo(new Limit(5, Duration.ofHours(1)));
        assertThat(limits.perClaim()).isEqualTo(new Limit(20, Duration.ofDays(1)));
    }

    @Test
    void shouldRefuseALimitThatWouldRefuseEveryObjection() {
        assertThatThrownBy(() -> new Limit(0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limit(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limit(5, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
