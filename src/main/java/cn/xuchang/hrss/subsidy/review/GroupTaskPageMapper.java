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

    /** A page found by walking all open tasks in due-date order: quick when the group holds a fair share of them. */
    List<String> walkByDueDate(@Param("list") GroupTaskList list, @Param("first") int first, @Param("max") int max);

    /** A page found by sorting all of the group's tasks: quick when the group is small. */
    List<String> sortGroup(@Param("list") GroupTaskList list, @Param("first") int first, @Param("max") int max);

    /** The group's candidate links, one per task: the list's length when it is not narrowed, else an upper bound. */
    long links(@Param("group") String group);

    long count(@Param("list") GroupTaskList list);
}
