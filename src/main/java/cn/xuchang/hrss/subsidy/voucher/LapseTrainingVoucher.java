package cn.xuchang.hrss.subsidy.voucher;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${lapseTrainingVoucher}} in bpmn/training-voucher.bpmn: enrolled but not certified by the last valid day
 * (无证无价), the voucher becomes LAPSED and is worth nothing; its live key is freed.
 */
@Component("lapseTrainingVoucher")
class LapseTrainingVoucher implements JavaDelegate {

    private final TrainingVoucherMapper vouchers;

    LapseTrainingVoucher(TrainingVoucherMapper vouchers) {
        this.vouchers = vouchers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        if (vouchers.end(code, TrainingVoucherStatus.ENROLLED, TrainingVoucherStatus.LAPSED) != 1
                && vouchers.end(code, TrainingVoucherStatus.TRAINED, TrainingVoucherStatus.LAPSED) != 1) {
            throw new IllegalStateException("voucher " + code + " is neither ENROLLED nor TRAINED: not lapsed");
        }
    }
}
