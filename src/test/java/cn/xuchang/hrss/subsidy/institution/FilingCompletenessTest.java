package cn.xuchang.hrss.subsidy.institution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.institution.FilingCompleteness.Entry;
import cn.xuchang.hrss.subsidy.institution.FilingCompleteness.Result;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The completeness check of a filing, without Spring or the engine. */
class FilingCompletenessTest {

    @Test
    void shouldAcceptOccupationsWithLadderLevelsAndSpecialAbilities() {
        Result result = FilingCompleteness.check(List.of(
                new Entry(" 电工 ", List.of("JUNIOR", "INTERMEDIATE")), new Entry("茶艺师", List.of("SPECIAL_ABILITY"))));

        assertThat(result.complete()).isTrue();
        assertThat(result.lines())
                .containsExactly(
                        new OccupationLevel("电工", SkillLevel.JUNIOR),
                        new OccupationLevel("电工", SkillLevel.INTERMEDIATE),
                        new OccupationLevel("茶艺师", null));
    }

    @Test
    void shouldRefuseAFilingWithoutOccupations() {
        assertThat(FilingCompleteness.check(List.of()).code()).isEqualTo("INVALID_FILING");
        assertThat(FilingCompleteness.check(null).code()).isEqualTo("INVALID_FILING");
    }

    @Test
    void shouldRefuseAnOccupationWithoutANameOrLevels() {
        assertThat(FilingCompleteness.check(List.of(new Entry(" ", List.of("JUNIOR"))))
                        .code())
                .isEqualTo("INVALID_FILING");
        assertThat(FilingCompleteness.check(List.of(new Entry("电工", List.of()))).code())
                .isEqualTo("INVALID_FILING");
        assertThat(FilingCompleteness.check(Arrays.asList(new Entry("电工", null), null))
                        .complete())
                .isFalse();
    }

    @Test
    void shouldRefuseALevelOffTheLadder() {
        Result result = FilingCompleteness.check(List.of(new Entry("电工", Arrays.asList("JUNIOR", "GRANDMASTER"))));

        assertThat(result.code()).isEqualTo("INVALID_LEVEL");
        assertThat(result.problem()).contains("GRANDMASTER");
        assertThat(FilingCompleteness.check(List.of(new Entry("电工", Arrays.asList((String) null))))
                        .code())
                .isEqualTo("INVALID_LEVEL");
    }

    @Test
    void shouldRefuseTheSameOccupationAndLevelTwice() {
        Result result = FilingCompleteness.check(
                List.of(new Entry("电工", List.of("JUNIOR")), new Entry("电工", List.of("SENIOR", "JUNIOR"))));

        assertThat(result.code()).isEqualTo("DUPLICATE_IN_FILING");
    }

    @Test
    void shouldRefuseAnOversizedFiling() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < FilingCompleteness.MAX_LINES + 1; i++) {
            entries.add(new Entry("工种" + i, List.of("JUNIOR")));
        }
        assertThat(FilingCompleteness.check(entries).code()).isEqualTo("INVALID_FILING");
        assertThat(FilingCompleteness.check(List.of(new Entry("长".repeat(101), List.of("JUNIOR"))))
                        .code())
                .isEqualTo("INVALID_FILING");
    }
}
