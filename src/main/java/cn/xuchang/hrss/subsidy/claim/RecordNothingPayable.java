package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.review.Reviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A claim the reviewer approved although none of its lines is payable (levels without a subsidy standard: 学徒工,
 * 特级技师, 首席技师): it is closed unpaid, and its history and the applicant's message say so instead of a bare
 * "未通过".
 */
@Component("recordNothingPayable")
class RecordNothingPayable implements JavaDelegate {

    static final String EXPLANATION = "所列证书等级没有补贴标准，本次未拨付任何金额，申请已办结。";

    private final Reviews reviews;

    RecordNothingPayable(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.recordOutcome(
                execution.getProcessBusinessKey(),
                execution.getCurrentActivityId(),
                ClaimVariables.NOTHING_PAYABLE,
                "审核通过，但" + EXPLANATION);
        execution.setVariable(ClaimVariables.OUTCOME, ClaimVariables.NOTHING_PAYABLE);
    }
}
