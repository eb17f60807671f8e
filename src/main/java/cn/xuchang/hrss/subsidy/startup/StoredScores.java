package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** The scores in table startup_score, whose unique key lets an expert score an application once. */
@Component
class StoredScores implements ScoreBook {

    private final StartupMapper mapper;

    StoredScores(StartupMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(String claimId, String taskId, Score score) {
        mapper.insertScore(claimId, taskId, score, LocalDateTime.now());
    }

    @Override
    public boolean hasScored(String claimId, String expertId) {
        return mapper.countScores(claimId, expertId) > 0;
    }

    @Override
    public List<Score> scoresOf(String claimId) {
        return mapper.findScores(claimId);
    }

    @Override
    public void setMean(String claimId, BigDecimal mean) {
        mapper.updateMean(claimId, mean);
    }
}
