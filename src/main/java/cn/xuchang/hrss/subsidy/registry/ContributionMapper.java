package cn.xuchang.hrss.subsidy.registry;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ContributionMapper {

    /** Stores the records that are not stored yet; returns how many rows were added. */
    int insertMissing(@Param("contributions") List<Contribution> contributions);

    /** All months paid by one employer for the given persons, in one query. */
    List<Contribution> findByEmployer(
            @Param("employerCreditCode") String employerCreditCode, @Param("idNumbers") Collection<String> idNumbers);

    /** All months paid for the given persons by any employer, in one query. */
    List<Contribution> findByPersons(@Param("idNumbers") Collection<String> idNumbers);

    /**
     * The persons whose first month paid by the employer (ever) lies between the two months, with that month: the
     * employer's new hires of a period as the social-insurance registry shows them.
     */
    List<Contribution> findFirstMonthsByEmployer(
            @Param("employerCreditCode") String employerCreditCode,
            @Param("fromMonth") String fromMonth,
            @Param("toMonth") String toMonth);
}
