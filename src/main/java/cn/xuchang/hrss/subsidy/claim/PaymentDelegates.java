package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Ledger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The money steps every claim process shares: release the reservation, or pay it. */
@Configuration(proxyBeanMethods = false)
class PaymentDelegates {

    /** Ends a claim without payment: its grants are released and its subjects become claimable again. */
    @Bean
    JavaDelegate releaseClaimGrants(Claims claims, Ledger ledger) {
        return execution -> {
            Claim claim = claims.require(execution.getProcessBusinessKey());
            ledger.release(claim.id(), claim.scheme(), claim.applicantId());
        };
    }

    /**
     * Pays a claim at the end of its public notice. The status moves PUBLIC_NOTICE → PAID only once, so a job that runs
     * again after a crash books nothing twice; the ledger's unique key on the claim backs this up.
     */
    @Bean
    JavaDelegate payClaim(Claims claims, Ledger ledger) {
        return (DelegateExecution execution) -> {
            Claim claim = claims.lock(execution.getProcessBusinessKey());
            if (claims.moveStatus(claim.id(), ClaimStatus.PUBLIC_NOTICE, ClaimStatus.PAID)) {
                ledger.pay(claim.id(), claim.scheme(), claim.applicantId());
            }
        };
    }
}
