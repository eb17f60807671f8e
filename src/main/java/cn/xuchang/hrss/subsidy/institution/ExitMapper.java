package cn.xuchang.hrss.subsidy.institution;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ExitMapper {

    void insert(InstitutionExit exit);

    InstitutionExit find(String id);

    List<InstitutionExit> findByInstitution(String creditCode);

    void updateStatus(@Param("id") String id, @Param("status") ExitStatus status);

    void setProcessInstance(@Param("id") String id, @Param("processInstanceId") String processInstanceId);
}
