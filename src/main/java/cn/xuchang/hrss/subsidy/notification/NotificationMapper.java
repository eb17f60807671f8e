package cn.xuchang.hrss.subsidy.notification;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NotificationMapper {

    void insert(Notification notification);

    List<Notification> findFor(
            @Param("userId") String userId, @Param("groups") Collection<String> groups, @Param("limit") int limit);

    List<Notification> findByClaim(@Param("claimId") String claimId);
}
