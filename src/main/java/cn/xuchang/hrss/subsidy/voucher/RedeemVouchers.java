package cn.xuchang.hrss.subsidy.voucher;

import cn.xuchang.hrss.subsidy.claim.ClaimItem;
import cn.xuchang.hrss.subsidy.claim.Claims;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${redeemVouchers}} in bpmn/training-voucher-redemption.bpmn, right after the payment: the paid vouchers
 * become REDEEMED (their live key freed) and each voucher's own process ends as redeemed. Runs in the payment's
 * transaction; a voucher already redeemed is left as it is, so a retried job changes nothing twice.
 */
@Component("redeemVouchers")
class RedeemVouchers implements JavaDelegate {

    private final Claims claims;
    private final TrainingVoucherMapper vouchers;

    RedeemVouchers(Claims claims, TrainingVoucherMapper vouchers) {
        this.claims = claims;
        this.vouchers = vouchers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String claimId = execution.getProcessBusinessKey();
        LocalDate today = LocalDate.now();
        for (ClaimItem item : claims.items(claimId)) {
            if (item.eligible() && vouchers.redeem(item.subject(), claimId, today) == 1) {
                execution
                        .getProcessEngineServices()
                        .getRuntimeService()
                        .createMessageCorrelation(TrainingVoucherProcess.REDEEMED)
                        .processInstanceBusinessKey(item.subject())
                        .correlateAll();
            }
        }
    }
}
