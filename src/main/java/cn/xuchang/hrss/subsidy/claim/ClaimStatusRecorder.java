package cn.xuchang.hrss.subsidy.claim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records the claim's status as its process moves; used from the BPMN as
 * {@code ${claimStatus.set(execution, 'COUNTY_REVIEW')}} on the element where the status begins.
 */
@Component("claimStatus")
public class ClaimStatusRecorder {

    private final Claims claims;

    ClaimStatusRecorder(Claims claims) {
        this.claims = claims;
    }

    public void set(DelegateExecution execution, String status) {
        claims.setStatus(execution.getProcessBusinessKey(), ClaimStatus.valueOf(status));
    }
}
