package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.review.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the claim on public notice: status, the notice's end date (variable {@code publicNoticeEnds}), the applicant told. */
@Component("startPublicNotice")
class StartPublicNotice implements JavaDelegate {

    static final String NOTICE_ENDS = "publicNoticeEnds";

    private final Claims claims;
    private final Deadlines deadlines;
    private final NotifyApplicant notifyApplicant;

    StartPublicNotice(Claims claims, Deadlines deadlines, NotifyApplicant notifyApplicant) {
        this.claims = claims;
        this.deadlines = deadlines;
        this.notifyApplicant = notifyApplicant;
    }

    @Override
    public void execute(DelegateExecution execution) {
        claims.setStatus(execution.getProcessBusinessKey(), ClaimStatus.PUBLIC_NOTICE);
        execution.setVariable(NOTICE_ENDS, deadlines.publicNoticeEnds());
        notifyApplicant.execute(execution);
    }
}
