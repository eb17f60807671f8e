package cn.xuchang.hrss.subsidy.voucher;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${expireTrainingVoucher}} in bpmn/training-voucher.bpmn: not enrolled by the last valid day, the voucher
 * becomes EXPIRED. An enrolment that won the race leaves the row ENROLLED: the step fails and its job is retried on a
 * process that has moved on (the engine then finds the job gone).
 */
@Component("expireTrainingVoucher")
class ExpireTrainingVoucher implements JavaDelegate {

    private final TrainingVoucherMapper vouchers;

    ExpireTrainingVoucher(TrainingVoucherMapper vouchers) {
        this.vouchers = vouchers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        if (vouchers.end(code, TrainingVoucherStatus.ISSUED, TrainingVoucherStatus.EXPIRED) != 1) {
            throw new IllegalStateException("voucher " + code + " is no longer ISSUED: not expired");
        }
    }
}
