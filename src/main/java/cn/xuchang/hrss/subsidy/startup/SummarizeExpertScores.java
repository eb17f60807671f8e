package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** After the last expert has scored: every score and their mean, for the city's decision form and the applicant. */
@Component("summarizeExpertScores")
public class SummarizeExpertScores implements JavaDelegate {

    private final ScoreBook scores;

    public SummarizeExpertScores(ScoreBook scores) {
        this.scores = scores;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String claimId = execution.getProcessBusinessKey();
        List<Score> all = scores.scoresOf(claimId);
        BigDecimal mean = ExpertScoring.mean(all);
        List<Map<String, Object>> view = new ArrayList<>();
        int n = 1;
        for (Score score : all) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("no", n++);
            line.put("expert", score.expertId());
            line.put("score", score.score());
            line.put("comment", score.comment());
            view.add(line);
        }
        execution.setVariable(
                StartupAwardProcess.EXPERT_SCORES,
                Variables.objectValue(view)
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
        execution.setVariable(StartupAwardProcess.SCORE_MEAN, mean == null ? null : mean.doubleValue());
        scores.setMean(claimId, mean);
    }
}
