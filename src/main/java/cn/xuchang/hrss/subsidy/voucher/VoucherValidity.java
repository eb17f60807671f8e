package cn.xuchang.hrss.subsidy.voucher;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code skill-subsidy.training-voucher.validity}: how long a voucher is valid from its issue day (ISO-8601, P12M). */
@Component
class VoucherValidity {

    private final Period validity;

    VoucherValidity(@Value("${skill-subsidy.training-voucher.validity:P12M}") String validity) {
        Period period = Period.parse(validity.strip());
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("skill-subsidy.training-voucher.validity must be positive: " + validity);
        }
        this.validity = period;
    }

    /** The last valid day of a voucher issued on the day. */
    LocalDate lastValidDay(LocalDate issuedOn) {
        return issuedOn.plus(validity).minusDays(1);
    }
}
