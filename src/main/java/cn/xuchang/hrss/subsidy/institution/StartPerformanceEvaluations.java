package cn.xuchang.hrss.subsidy.institution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The yearly performance evaluation (timer start event of bpmn/institution-performance-evaluation.bpmn, 15 January):
 * one review of the year just ended per listed institution.
 */
@Component("startPerformanceEvaluations")
class StartPerformanceEvaluations implements JavaDelegate {

    private final InstitutionExits exits;

    StartPerformanceEvaluations(InstitutionExits exits) {
        this.exits = exits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        exits.startPerformanceEvaluations(InstitutionSteps.today().getYear() - 1);
    }
}
