package cn.xuchang.hrss.subsidy.registry;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface EnterpriseMapper {

    Enterprise find(String creditCode);

    List<Enterprise> findAll(List<String> creditCodes);

    void insert(Enterprise enterprise);

    int update(Enterprise enterprise);
}
