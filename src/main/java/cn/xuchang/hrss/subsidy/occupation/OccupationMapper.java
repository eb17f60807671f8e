package cn.xuchang.hrss.subsidy.occupation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OccupationMapper {

    List<Occupation> findAll();

    int update(@Param("occupation") Occupation occupation, @Param("aliases") String aliases);

    void insert(@Param("occupation") Occupation occupation, @Param("aliases") String aliases);
}
