package cn.xuchang.hrss.subsidy.startup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The expert scoring of an award application as plain rules: who is an applicant (the grant keys that make "one award
 * per applicant per category, ever" a database rule), and the mean of the scores the city decides on.
 */
public final class ExpertScoring {

    private ExpertScoring() {}

    /** One expert's score. */
    public record Score(String expertId, int score, String comment) {}

    /** The grant key of the applying enterprise. */
    public static String enterpriseKey(String creditCode) {
        return "ENTERPRISE:" + creditCode;
    }

    /** The grant key of the founder: the same person applying through another enterprise is the same applicant. */
    public static String founderKey(String idNumber) {
        return "FOUNDER:" + idNumber;
    }

    /** The mean of the scores, to two decimals (half up); null when there is none. */
    public static BigDecimal mean(List<Score> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long sum = scores.stream().mapToLong(Score::score).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }
}
