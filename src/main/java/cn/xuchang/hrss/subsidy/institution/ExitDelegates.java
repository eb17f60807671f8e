package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.review.ReviewVariables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The automatic steps of bpmn/institution-exit.bpmn and bpmn/institution-performance-evaluation.bpmn. */
@Configuration(proxyBeanMethods = false)
class ExitDelegates {

    /**
     * Exit: the institution leaves the catalogue today (its listings end, the history stays), its new evaluation claims
     * are refused from now on, and an exposure record with the decision's reason is published.
     */
    @Bean
    JavaDelegate exitInstitution(InstitutionExits exits, Institutions institutions) {
        return execution -> {
            InstitutionExit exit = exits.require(execution.getProcessBusinessKey());
            Institution institution = institutions.find(exit.institutionCreditCode());
            institutions.exit(institution.creditCode(), FilingDelegates.today());
            exits.setStatus(exit.id(), ExitStatus.EXITED);
            String reason = (String) execution.getVariable(ReviewVariables.REVIEW_COMMENT);
            String message = institution.name() + "（统一社会信用代码 " + institution.creditCode() + "）经"
                    + exit.triggerKind().label()
                    + "调查，自 " + FilingDelegates.today() + " 起退出职业技能评价目录清单。"
                    + (reason == null || reason.isBlank() ? "" : "处理意见：" + reason);
            institutions.announce(
                    Announcement.EXPOSURE,
                    institution,
                    exit.id(),
                    FilingDelegates.cut(message),
                    FilingDelegates.today());
        };
    }

    /**
     * The yearly performance evaluation (timer start event, 15 January): one review of the year just ended per listed
     * institution.
     */
    @Bean
    JavaDelegate startPerformanceEvaluations(InstitutionExits exits) {
        return execution ->
                exits.startPerformanceEvaluations(FilingDelegates.today().getYear() - 1);
    }
}
