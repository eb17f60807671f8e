package cn.xuchang.hrss.subsidy.review;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * A group's open tasks in due-date order, read from the engine's task and identity-link tables without the engine's
 * {@code SELECT DISTINCT}: the ids of one page and the number of them. No authorization is checked here; see
 * {@link GroupTaskPages}.
 */
@Mapper
interface GroupTaskPageMapper {

    List<String> page(@Param("list") GroupTaskList list, @Param("first") int first, @Param("max") int max);

    long count(@Param("list") GroupTaskList list);
}
