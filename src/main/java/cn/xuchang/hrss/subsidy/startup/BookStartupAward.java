package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.claim.Claim;
import cn.xuchang.hrss.subsidy.claim.Claims;
import cn.xuchang.hrss.subsidy.ledger.Ledger;
import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The city approved an award: the amount it decided becomes the claim's total and the enterprise's reserved grant,
 * which the shared payment step pays after the public notice.
 */
@Component("bookStartupAward")
class BookStartupAward implements JavaDelegate {

    private final Claims claims;
    private final Ledger ledger;

    BookStartupAward(Claims claims, Ledger ledger) {
        this.claims = claims;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Claim claim = claims.require(execution.getProcessBusinessKey());
        BigDecimal amount = new BigDecimal(
                execution.getVariable(ReviewVariables.REVIEW_AMOUNT).toString());
        ledger.adjustReserved(
                claim.id(),
                claim.scheme(),
                claim.applicantId(),
                ExpertScoring.enterpriseKey(claim.applicantId()),
                amount,
                null);
        claims.setTotal(claim.id(), amount);
    }
}
