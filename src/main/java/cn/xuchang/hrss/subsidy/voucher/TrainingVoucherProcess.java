package cn.xuchang.hrss.subsidy.voucher;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The process API of bpmn/training-voucher.bpmn: one instance per voucher (business key = voucher code) from issue to
 * redemption, expiry or lapse. Its key, element ids, messages and typed variables; nothing else repeats them.
 */
public final class TrainingVoucherProcess {

    public static final String KEY = "training-voucher";
    public static final String DECISION_KEY = "training-voucher-standard";

    public static final String START = "start_voucher_issued";
    public static final String GATEWAY_AWAIT_ENROLMENT = "gateway_await_enrolment";
    public static final String MESSAGE_ENROLLED = "message_voucher_enrolled";
    public static final String TIMER_NOT_ENROLLED = "timer_not_enrolled_in_time";
    public static final String SERVICE_EXPIRE = "service_expire_voucher";
    public static final String END_EXPIRED = "end_voucher_expired";
    public static final String GATEWAY_AWAIT_COMPLETION = "gateway_await_completion";
    public static final String MESSAGE_COMPLETED = "message_training_completed";
    public static final String TIMER_NOT_TRAINED = "timer_not_trained_in_time";
    public static final String GATEWAY_AWAIT_CERTIFICATE = "gateway_await_certificate";
    public static final String MESSAGE_CERTIFIED = "message_certificate_registered";
    public static final String TIMER_NOT_CERTIFIED = "timer_not_certified_in_time";
    public static final String GATEWAY_LAPSE_MERGE = "gateway_lapse_merge";
    public static final String SERVICE_LAPSE = "service_lapse_voucher";
    public static final String END_LAPSED = "end_voucher_lapsed";
    public static final String MESSAGE_REDEEMED = "message_voucher_redeemed";
    public static final String END_REDEEMED = "end_voucher_redeemed";

    /** Message names (what the service correlates), not element ids. */
    public static final String ENROLLED = "voucher_enrolled";

    public static final String COMPLETED = "training_completed";
    public static final String CERTIFIED = "certificate_registered";
    public static final String REDEEMED = "voucher_redeemed";

    /** Variables. */
    public static final String VOUCHER_CODE = "voucherCode";

    public static final String HOLDER_ID_NUMBER = "holderIdNumber";
    public static final String OCCUPATION = "occupation";
    public static final String LEVEL = "level";
    public static final String FACE_VALUE = "faceValue";
    /** The first moment the voucher is no longer valid: the day after {@code expiresOn}, at midnight. */
    public static final String VALID_UNTIL = "validUntil";

    /** Output of the decision table. */
    public static final String FACE_VALUE_OUTPUT = "faceValue";

    private TrainingVoucherProcess() {}

    /** The timer date of a voucher whose last valid day is {@code expiresOn}. */
    static Date validUntil(LocalDate expiresOn) {
        return Date.from(
                expiresOn.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
