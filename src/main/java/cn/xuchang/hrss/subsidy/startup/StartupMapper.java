package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.startup.ExpertScoring.Score;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface StartupMapper {

    @Insert("INSERT INTO startup_application (claim_id, category, title, founder_id_number, investment, jobs_created,"
            + " description, attachments, founder_returned_home, founder_return_note) VALUES (#{claimId}, #{category},"
            + " #{title}, #{founderIdNumber}, #{investment}, #{jobsCreated}, #{description}, #{attachments},"
            + " #{founderReturnedHome}, #{founderReturnNote})")
    void insert(StartupApplication application);

    @Select("SELECT claim_id, category, title, founder_id_number, investment, jobs_created, description, attachments,"
            + " score_mean, founder_returned_home, founder_return_note FROM startup_application"
            + " WHERE claim_id = #{claimId}")
    StartupApplication find(String claimId);

    @Update("UPDATE startup_application SET title = #{title}, investment = #{investment},"
            + " jobs_created = #{jobsCreated}, description = #{description}, attachments = #{attachments},"
            + " founder_returned_home = #{founderReturnedHome}, founder_return_note = #{founderReturnNote}"
            + " WHERE claim_id = #{claimId}")
    void update(StartupApplication application);

    @Update("UPDATE startup_application SET score_mean = #{mean} WHERE claim_id = #{claimId}")
    void updateMean(@Param("claimId") String claimId, @Param("mean") BigDecimal mean);

    @Insert("INSERT INTO startup_score (claim_id, expert_id, task_id, score, comment, scored_at)"
            + " VALUES (#{claimId}, #{score.expertId}, #{taskId}, #{score.score}, #{score.comment}, #{scoredAt})")
    void insertScore(
            @Param("claimId") String claimId,
            @Param("taskId") String taskId,
            @Param("score") Score score,
            @Param("scoredAt") LocalDateTime scoredAt);

    @Select("SELECT expert_id, score, comment FROM startup_score WHERE claim_id = #{claimId} ORDER BY scored_at, id")
    List<Score> findScores(String claimId);

    @Select("SELECT COUNT(*) FROM startup_score WHERE claim_id = #{claimId} AND expert_id = #{expertId}")
    int countScores(@Param("claimId") String claimId, @Param("expertId") String expertId);
}
