package cn.xuchang.hrss.subsidy.institution;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FilingMapper {

    void insert(Filing filing);

    Filing find(String id);

    Filing lock(String id);

    List<Filing> findByInstitution(String creditCode);

    void updateStatus(@Param("id") String id, @Param("status") FilingStatus status);

    void setProcessInstance(@Param("id") String id, @Param("processInstanceId") String processInstanceId);

    List<OccupationLevel> findItems(String filingId);

    void insertItems(@Param("filingId") String filingId, @Param("items") List<OccupationLevel> items);

    void deleteItems(String filingId);
}
