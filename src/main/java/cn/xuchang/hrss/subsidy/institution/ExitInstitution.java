package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Exit (bpmn/institution-exit.bpmn): the institution leaves the catalogue today (its listings end, the history stays),
 * its new evaluation claims are refused from now on, and an exposure record with the decision's reason is published.
 */
@Component("exitInstitution")
class ExitInstitution implements JavaDelegate {

    private final InstitutionExits exits;
    private final Institutions institutions;

    ExitInstitution(InstitutionExits exits, Institutions institutions) {
        this.exits = exits;
        this.institutions = institutions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InstitutionExit exit = exits.require(execution.getProcessBusinessKey());
        Institution institution = institutions.find(exit.institutionCreditCode());
        institutions.exit(institution.creditCode(), InstitutionSteps.today());
        exits.setStatus(exit.id(), ExitStatus.EXITED);
        String reason = (String) execution.getVariable(ReviewVariables.REVIEW_COMMENT);
        String message = institution.name() + "（统一社会信用代码 " + institution.creditCode() + "）经"
                + exit.triggerKind().label()
                + "调查，自 " + InstitutionSteps.today() + " 起退出职业技能评价目录清单。"
                + (reason == null || reason.isBlank() ? "" : "处理意见：" + reason);
        institutions.announce(
                Announcement.EXPOSURE, institution, exit.id(), InstitutionSteps.cut(message), InstitutionSteps.today());
    }
}
