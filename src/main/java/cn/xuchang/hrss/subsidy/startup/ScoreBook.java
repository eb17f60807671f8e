package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import java.math.BigDecimal;
import java.util.List;

/** Where the experts' scores of an application are kept (the database; a stand-in in process tests). */
public interface ScoreBook {

    /** Stores a score; the database refuses a second score of the same expert for the same application. */
    void add(String claimId, String taskId, Score score);

    boolean hasScored(String claimId, String expertId);

    /** The scores in the order given. */
    List<Score> scoresOf(String claimId);

    /** Records the mean once the scoring has ended. */
    void setMean(String claimId, BigDecimal mean);
}
