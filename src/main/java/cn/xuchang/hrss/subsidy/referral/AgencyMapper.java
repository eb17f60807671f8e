package cn.xuchang.hrss.subsidy.referral;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AgencyMapper {

    @Select("SELECT credit_code, name, county_code FROM agency WHERE credit_code = #{creditCode}")
    Agency find(String creditCode);

    @Insert("INSERT INTO agency (credit_code, name, county_code, created_at, updated_at)"
            + " VALUES (#{creditCode}, #{name}, #{countyCode}, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))")
    void insert(Agency agency);

    @Update("UPDATE agency SET name = #{name}, county_code = #{countyCode}, updated_at = CURRENT_TIMESTAMP(3)"
            + " WHERE credit_code = #{creditCode}")
    int update(Agency agency);
}
