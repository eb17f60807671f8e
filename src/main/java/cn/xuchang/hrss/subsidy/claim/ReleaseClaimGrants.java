package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Ledger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a claim without payment: its grants are released and its subjects become claimable again. */
@Component("releaseClaimGrants")
class ReleaseClaimGrants implements JavaDelegate {

    private final Claims claims;
    private final Ledger ledger;

    ReleaseClaimGrants(Claims claims, Ledger ledger) {
        this.claims = claims;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Claim claim = claims.require(execution.getProcessBusinessKey());
        ledger.release(claim.id(), claim.scheme(), claim.applicantId());
    }
}
