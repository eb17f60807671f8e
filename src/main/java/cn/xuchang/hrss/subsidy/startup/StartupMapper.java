package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Award applications (what they say) and the experts' scores. */
@Mapper
interface StartupMapper {

    void insert(StartupApplication application);

    StartupApplication find(String claimId);

    void update(StartupApplication application);

    void updateMean(@Param("claimId") String claimId, @Param("mean") BigDecimal mean);

    void insertScore(
            @Param("claimId") String claimId,
            @Param("taskId") String taskId,
            @Param("score") Score score,
            @Param("scoredAt") LocalDateTime scoredAt);

    List<Score> findScores(String claimId);

    int countScores(@Param("claimId") String claimId, @Param("expertId") String expertId);
}
