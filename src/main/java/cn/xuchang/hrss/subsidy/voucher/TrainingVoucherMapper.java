package cn.xuchang.hrss.subsidy.voucher;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The training_voucher table. Every change of status is a conditional update on the status it leaves, so two requests
 * racing for one voucher change it once: the caller reads the count.
 */
@Mapper
interface TrainingVoucherMapper {

    void insert(@Param("v") TrainingVoucher voucher, @Param("liveKey") String liveKey);

    TrainingVoucher find(String code);

    List<TrainingVoucher> findAll(@Param("codes") Collection<String> codes);

    List<TrainingVoucher> findByHolder(String idNumber);

    List<TrainingVoucher> findByInstitution(String creditCode);

    /** The holder's vouchers in the status (e.g. TRAINED, waiting for a certificate). */
    List<TrainingVoucher> findByHolderInStatus(
            @Param("idNumber") String idNumber, @Param("status") TrainingVoucherStatus status);

    boolean liveKeyTaken(String liveKey);

    int setProcessInstance(@Param("code") String code, @Param("processInstanceId") String processInstanceId);

    /** ISSUED → ENROLLED for the holder's ID number, on or before the last valid day. */
    int enrol(
            @Param("code") String code,
            @Param("idNumber") String idNumber,
            @Param("institution") String institutionCreditCode,
            @Param("on") LocalDate on);

    /** ENROLLED → TRAINED, by the enrolling institution. */
    int complete(
            @Param("code") String code,
            @Param("institution") String institutionCreditCode,
            @Param("on") LocalDate completedOn,
            @Param("hours") int hours);

    /** TRAINED → CERTIFIED by the certificate. */
    int certify(@Param("code") String code, @Param("certificateNo") String certificateNo, @Param("on") LocalDate on);

    /** A live status → a final one (EXPIRED, LAPSED): the live key is freed. */
    int end(
            @Param("code") String code,
            @Param("from") TrainingVoucherStatus from,
            @Param("to") TrainingVoucherStatus to);

    /** CERTIFIED → REDEEMED by the paid claim: the live key is freed. */
    int redeem(@Param("code") String code, @Param("claimId") String claimId, @Param("on") LocalDate on);
}
