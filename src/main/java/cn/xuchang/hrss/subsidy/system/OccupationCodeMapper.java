package cn.xuchang.hrss.subsidy.system;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The stored occupations the start-up migration reads and rewrites. {@code table} is one of
 * {@link OccupationCodeMigration#TABLES}, never a caller's text.
 */
@Mapper
interface OccupationCodeMapper {

    /** A stored value of a table's occupation column and how many rows hold it. */
    record StoredOccupation(String occupation, int count) {}

    /** An evaluation-subsidy grant: its once-only key is ID number | occupation | level. */
    record GrantKey(long id, String subjectKey, String activeKey) {}

    List<StoredOccupation> findOccupations(@Param("table") String table);

    int renameOccupation(@Param("table") String table, @Param("from") String from, @Param("to") String to);

    List<GrantKey> findGrantKeys(@Param("scheme") String scheme);

    int countLiveGrants(@Param("scheme") String scheme, @Param("activeKey") String activeKey);

    int updateGrantKeys(
            @Param("id") long id, @Param("subjectKey") String subjectKey, @Param("activeKey") String activeKey);
}
