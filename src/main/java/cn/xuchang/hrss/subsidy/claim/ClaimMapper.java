package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Scheme;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ClaimMapper {

    void insert(Claim claim);

    Claim find(String id);

    /** Locks the claim row for the rest of the transaction. */
    Claim lock(String id);

    List<Claim> findByApplicant(@Param("applicantId") String applicantId, @Param("scheme") Scheme scheme);

    List<Claim> findByStatus(@Param("status") ClaimStatus status);

    int updateStatus(@Param("id") String id, @Param("status") ClaimStatus status);

    /** Moves the claim only if it is in the expected status; 0 when it is not. */
    int updateStatusIf(
            @Param("id") String id, @Param("expected") ClaimStatus expected, @Param("status") ClaimStatus status);

    void updateTotal(@Param("id") String id, @Param("totalAmount") BigDecimal totalAmount);

    void updateYear(@Param("id") String id, @Param("claimYear") Integer claimYear);

    void setProcessInstance(@Param("id") String id, @Param("processInstanceId") String processInstanceId);

    List<ClaimItem> findItems(String claimId);

    /** The lines of several claims, by claim and line number: one query for a whole list of claims. */
    List<ClaimItem> findItemsOfClaims(@Param("claimIds") List<String> claimIds);

    void insertItems(@Param("items") List<ClaimItem> items);

    void deleteItems(String claimId);

    /** The holders of these certificate numbers (the person an evaluation line is about). */
    List<SubjectPerson> findCertificateHolders(@Param("subjects") List<String> subjects);

    /** The holders of these voucher codes (the person a redemption line is about). */
    List<SubjectPerson> findVoucherHolders(@Param("subjects") List<String> subjects);
}
