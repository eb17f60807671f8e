package cn.xuchang.hrss.subsidy.institution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code skill-subsidy.institution.*}.
 *
 * @param rectificationPeriod how long an institution has to rectify before the follow-up check (default 30 days)
 */
@ConfigurationProperties("skill-subsidy.institution")
public record InstitutionProperties(Duration rectificationPeriod) {

    public InstitutionProperties {
        if (rectificationPeriod == null || rectificationPeriod.isNegative() || rectificationPeriod.isZero()) {
            rectificationPeriod = Duration.ofDays(30);
        }
    }
}
