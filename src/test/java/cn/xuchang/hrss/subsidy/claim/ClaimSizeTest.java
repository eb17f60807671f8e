package cn.xuchang.hrss.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ClaimSizeTest {

    @Test
    void shouldAcceptUpToTheLimitAndRefuseOneMoreWithTheCountInChinese() {
        assertThatCode(() -> ClaimSize.requireAtMost(2000, 2000, "人")).doesNotThrowAnyException();

        assertThatThrownBy(() -> ClaimSize.requireAtMost(2000, 2001, "张培训券"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    Assertions.assertThat(e.code()).isEqualTo("TOO_MANY_ITEMS");
                    Assertions.assertThat(e.getMessage()).isEqualTo("一次申请最多列出 2000 张培训券，本次为 2001 张培训券");
                });
    }
}
