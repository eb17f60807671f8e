package cn.xuchang.hrss.subsidy.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The claim years: the plan's years up to the current one, the first year a setting. */
class ClaimYearsTest {

    @Test
    void shouldAcceptThePlansYearsUpToTheCurrentOne() {
        SubsidyProperties.ClaimYears years = SubsidyProperties.defaults().claimYears();

        assertThat(years.first()).isEqualTo(2021);
        assertThat(years.accepts(2020, 2026)).as("before the plan").isFalse();
        assertThat(years.accepts(2021, 2026)).isTrue();
        assertThat(years.accepts(2026, 2026)).as("the current year").isTrue();
        assertThat(years.accepts(2027, 2026)).as("a future year").isFalse();
    }

    @Test
    void shouldReadTheFirstYearFromTheSetting() {
        SubsidyProperties properties = new Binder(
                        new MapConfigurationPropertySource(Map.of("skill-subsidy.claim-years.first", "2023")))
                .bindOrCreate("skill-subsidy", SubsidyProperties.class);

        assertThat(properties.claimYears().first()).isEqualTo(2023);
        assertThat(properties.claimYears().accepts(2022, 2026)).isFalse();
        assertThat(properties.claimYears().accepts(2023, 2026)).isTrue();
    }
}
