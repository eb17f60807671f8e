package cn.xuchang.hrss.subsidy.claim;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Objections filed against a claim on public notice. */
@Mapper
interface ObjectionMapper {

    void insert(
            @Param("claimId") String claimId,
            @Param("reason") String reason,
            @Param("contact") String contact,
            @Param("filedAt") LocalDateTime filedAt);
}
