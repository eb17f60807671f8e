package cn.xuchang.hrss.subsidy.review;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReviewMapper {

    void insert(ReviewRecord record);

    List<ReviewRecord> findByClaim(String claimId);
}
