package cn.xuchang.hrss.subsidy.claim;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Objections filed against a claim on public notice, with the client address the limits count by. */
@Mapper
interface ObjectionMapper {

    void insert(
            @Param("claimId") String claimId,
            @Param("reason") String reason,
            @Param("contact") String contact,
            @Param("clientAddress") String clientAddress,
            @Param("filedAt") LocalDateTime filedAt);

    int countOfClaimSince(@Param("claimId") String claimId, @Param("since") LocalDateTime since);

    int countOfClientSince(@Param("client") String client, @Param("since") LocalDateTime since);
}
