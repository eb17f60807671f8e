package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Ledger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Pays a claim at the end of its public notice. The status moves PUBLIC_NOTICE → PAID only once, so a job that runs
 * again after a crash books nothing twice; the ledger's unique key on the claim backs this up.
 */
@Component("payClaim")
class PayClaim implements JavaDelegate {

    private final Claims claims;
    private final Ledger ledger;

    PayClaim(Claims claims, Ledger ledger) {
        this.claims = claims;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Claim claim = claims.lock(execution.getProcessBusinessKey());
        if (claims.moveStatus(claim.id(), ClaimStatus.PUBLIC_NOTICE, ClaimStatus.PAID)) {
            ledger.pay(claim.id(), claim.scheme(), claim.applicantId());
        }
    }
}
