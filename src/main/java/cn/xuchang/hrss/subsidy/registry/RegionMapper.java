package cn.xuchang.hrss.subsidy.registry;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface RegionMapper {

    List<Region> findAll();

    Region find(String code);

    int update(Region region);

    void insert(Region region);
}
