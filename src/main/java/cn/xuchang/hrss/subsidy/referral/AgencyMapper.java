package cn.xuchang.hrss.subsidy.referral;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AgencyMapper {

    Agency find(String creditCode);

    void insert(Agency agency);

    /** Updates name and county, and the licence when the agency carries one; 0 when there is no such agency. */
    int update(Agency agency);
}
