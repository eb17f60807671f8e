package cn.xuchang.hrss.subsidy.efile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 以证换券, 无证无价: a voucher still uncertified when its validity ends is worthless, and the e-file says so. */
class TrainingWorthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void shouldShowATrainedVoucherWithoutACertificatePastItsValidityAsWorthless() {
        String status = TrainingWorth.status("TRAINED", TODAY.minusDays(1), TODAY);

        assertThat(status).isEqualTo("LAPSED");
        assertThat(TrainingWorth.status("ENROLLED", TODAY.minusDays(1), TODAY)).isEqualTo("LAPSED");
        assertThat(TrainingWorth.text(status)).contains("未取得证书").contains("无证无价");
    }

    @Test
    void shouldSayAnUnusedVoucherLapsedUntrained() {
        String status = TrainingWorth.status("ISSUED", TODAY.minusDays(1), TODAY);

        assertThat(status).isEqualTo("EXPIRED");
        assertThat(TrainingWorth.text(status)).contains("未报名培训").doesNotContain("无证无价");
        assertThat(TrainingWorth.text("LAPSED")).contains("无证无价");
    }

    @Test
    void shouldKeepTheStoredStatusWhileValidOrOnceCertified() {
        assertThat(TrainingWorth.status("TRAINED", TODAY, TODAY)).isEqualTo("TRAINED");
        assertThat(TrainingWorth.status("ENROLLED", TODAY.plusMonths(1), TODAY)).isEqualTo("ENROLLED");
        assertThat(TrainingWorth.status("CERTIFIED", TODAY.minusYears(1), TODAY))
                .isEqualTo("CERTIFIED");
        assertThat(TrainingWorth.status("REDEEMED", TODAY.minusYears(1), TODAY)).isEqualTo("REDEEMED");
        assertThat(TrainingWorth.text("TRAINED")).isEqualTo("已结业，待取得证书后兑现");
        assertThat(TrainingWorth.text("CERTIFIED")).contains("已取得证书");
    }
}
