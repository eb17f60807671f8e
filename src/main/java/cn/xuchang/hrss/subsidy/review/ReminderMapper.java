package cn.xuchang.hrss.subsidy.review;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The reminders sent, one per task and kind, so that a reminder goes out once. */
@Mapper
interface ReminderMapper {

    void insert(@Param("taskId") String taskId, @Param("kind") String kind, @Param("sentAt") LocalDateTime sentAt);
}
