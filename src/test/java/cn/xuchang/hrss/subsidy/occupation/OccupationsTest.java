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
    void theCatalogueHoldsTheOccupationsTheContractNames() {
        for (String name : new String[] {
            "电工", "焊工", "车工", "钳工", "育婴员", "保育师", "中式烹调师", "中式面点师", "美发师", "养老护理员", "家政服务员", "电子商务师", "汽车维修工"
        }) {
            assertThat(occupations.resolve(name).code()).matches("\\d-\\d{2}-\\d{2}-\\d{2}");
        }
        assertThat(occupations.all()).extracting(Occupation::code).doesNotHaveDuplicates();
    }
}
