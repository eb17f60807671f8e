package cn.xuchang.hrss.subsidy.ledger;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface LedgerMapper {

    Quota findQuota(@Param("beneficiaryId") String beneficiaryId, @Param("scheme") Scheme scheme);

    /** Reads and locks the quota row: claims of one beneficiary reserve one after the other. */
    Quota lockQuota(@Param("beneficiaryId") String beneficiaryId, @Param("scheme") Scheme scheme);

    void insertQuota(@Param("beneficiaryId") String beneficiaryId, @Param("scheme") Scheme scheme);

    /** Adds to reserved only while reserved + paid + amount stays within the cap (no cap when null). */
    int addReserved(
            @Param("beneficiaryId") String beneficiaryId,
            @Param("scheme") Scheme scheme,
            @Param("amount") BigDecimal amount,
            @Param("cap") BigDecimal cap);

    int releaseReserved(
            @Param("beneficiaryId") String beneficiaryId,
            @Param("scheme") Scheme scheme,
            @Param("amount") BigDecimal amount);

    int moveReservedToPaid(
            @Param("beneficiaryId") String beneficiaryId,
            @Param("scheme") Scheme scheme,
            @Param("amount") BigDecimal amount);

    void insertGrants(
            @Param("scheme") Scheme scheme,
            @Param("claimId") String claimId,
            @Param("beneficiaryId") String beneficiaryId,
            @Param("grants") List<GrantRequest> grants);

    /** The subjects among the given ones that hold a live (reserved or paid) grant in the scheme. */
    List<String> findLiveSubjects(@Param("scheme") Scheme scheme, @Param("subjectKeys") Collection<String> subjectKeys);

    BigDecimal findReservedAmount(@Param("claimId") String claimId, @Param("subjectKey") String subjectKey);

    int updateReservedAmount(
            @Param("claimId") String claimId,
            @Param("subjectKey") String subjectKey,
            @Param("amount") BigDecimal amount);

    BigDecimal sumGrants(@Param("claimId") String claimId, @Param("status") String status);

    int releaseGrants(@Param("claimId") String claimId);

    int payGrants(@Param("claimId") String claimId);

    void insertEntry(LedgerEntry entry);

    List<LedgerEntry> findEntries(@Param("claimId") String claimId);

    BigDecimal sumEntries(@Param("scheme") Scheme scheme);
}
