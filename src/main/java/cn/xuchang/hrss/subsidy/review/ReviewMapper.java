package cn.xuchang.hrss.subsidy.review;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReviewMapper {

    void insert(ReviewRecord record);

    List<ReviewRecord> findByClaim(String claimId);

    List<ReviewRecord> findByClaims(@Param("claimIds") List<String> claimIds);

    /** How many times the user completed the claim's task with that key. */
    int countByReviewer(
            @Param("claimId") String claimId, @Param("taskKey") String taskKey, @Param("decidedBy") String decidedBy);
}
