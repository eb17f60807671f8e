package cn.xuchang.hrss.subsidy.registry;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PersonMapper {

    Person find(String idNumber);

    List<Person> findAll(@Param("idNumbers") Collection<String> idNumbers);

    void insert(Person person);

    int update(Person person);

    List<Certificate> findCertificatesOf(@Param("idNumbers") Collection<String> idNumbers);

    List<Certificate> findCertificates(@Param("certificateNos") Collection<String> certificateNos);

    void insertCertificate(Certificate certificate);

    int updateCertificate(Certificate certificate);
}
