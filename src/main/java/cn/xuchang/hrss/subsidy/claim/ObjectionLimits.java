package cn.xuchang.hrss.subsidy.claim;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many objections to public notices the application accepts ({@code skill-subsidy.objections.*}): from one client
 * address over all claims, and for one claim from anyone, each within a sliding period. Set far above what a real public
 * files, they stop a flood from burying the city's reviewers in notifications. They are counted from the stored
 * objections, so they hold across every node on the database.
 *
 * @param perClient objections from one client address (behind the load balancer: the address it forwards)
 * @param perClaim objections to one claim, from any address
 */
@ConfigurationProperties("skill-subsidy.objections")
public record ObjectionLimits(Limit perClient, Limit perClaim) {

    public ObjectionLimits {
        perClient = perClient == null ? new Limit(5, Duration.ofHours(1)) : perClient;
        perClaim = perClaim == null ? new Limit(20, Duration.ofDays(1)) : perClaim;
    }

    /** At most {@code max} objections within {@code period}. */
    public record Limit(int max, Duration period) {
        public Limit {
            if (max < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("an objection limit needs max >= 1 and a positive period");
            }
        }
    }
}
