package cn.xuchang.hrss.subsidy.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import org.junit.jupiter.api.Test;

class OccupationsTest {

    private final Occupations occupations = new Occupations();

    @Test
    void namesAliasesAndCodesStandForOneOccupation() {
        Occupation electrician = new Occupation("6-31-01-03", "电工");
        assertThat(occupations.resolve("电工")).isEqualTo(electrician);
        assertThat(occupations.resolve(" 电工 ")).isEqualTo(electrician);
        assertThat(occupations.resolve("电　工")).isEqualTo(electrician);
        assertThat(occupations.resolve("6-31-01-03")).isEqualTo(electrician);
        assertThat(occupations.resolve("维修电工")).isEqualTo(electrician);
        assertThat(occupations.nameOf("6-31-01-03")).isEqualTo("电工");
    }

    @Test
    void anUnknownOccupationIsRefusedWithItsCode() {
        assertThatThrownBy(() -> occupations.resolve("电工工")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo("UNKNOWN_OCCUPATION");
            assertThat(e.getMessage()).contains("电工工");
        });
        assertThatThrownBy(() -> occupations.resolve(null)).isInstanceOf(ApiException.class);
    }

    @Test
    void normalizingIgnoresBlanksFullWidthBracketsAndCase() {
        assertThat(Occupations.normalize(" 电工（维修电工） ")).isEqualTo("电工(维修电工)");
        assertThat(Occupations.normalize("电\u3000工")).isEqualTo("电工");
        assertThat(occupations.resolve("电工（维修电工）")).isEqualTo(occupations.resolve("电工(维修电工)"));
    }

    @Test
    void findAnswersEmptyWhereResolveRefuses() {
        assertThat(occupations.find("电焊工")).contains(new Occupation("6-18-02-04", "焊工"));
        assertThat(occupations.find("钧瓷烧制")).isEmpty();
        assertThat(occupations.find(null)).isEmpty();
        assertThat(occupations.nameOf("钧瓷烧制")).isEqualTo("钧瓷烧制");
        assertThat(occupations.aliasesOf("6-31-01-03")).containsExactly("维修电工", "电工（维修电工）");
        assertThat(occupations.aliasesOf("6-18-02-04")).containsExactly("电焊工");
    }

    @Test
    void everyOccupationHasAClassificationCodeAndOneName() {
        assertThat(occupations.all()).hasSizeBetween(40, 70);
        assertThat(occupations.all()).allSatisfy(o -> assertThat(o.code()).matches("[1-8]-\\d{2}-\\d{2}-\\d{2}"));
        assertThat(occupations.all()).extracting(Occupation::name).doesNotHaveDuplicates();
        assertThat(occupations.resolve("陶瓷成型施釉工").code()).isEqualTo("6-09-04-02");
    }

    @Test
    void aDataSetThatGivesOneNameTwoCodesIsRefused() {
        assertThatThrownBy(() -> new Occupations("occupations/ambiguous-test.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("维修电工");
    }

    @Test
    void theCatalogueHoldsTheOccupationsTheContractNames() {
        for (String name : new String[] {
            "电工", "焊工", "车工", "钳工", "育婴员", "保育师", "中式烹调师", "中式面点师", "美发师", "养老护理员", "家政服务员", "电子商务师", "汽车维修工"
        }) {
            assertThat(occupations.resolve(name).code()).matches("\\d-\\d{2}-\\d{2}-\\d{2}");
        }
        assertThat(occupations.all()).extracting(Occupation::code).doesNotHaveDuplicates();
    }
}
