package cn.xuchang.hrss.subsidy.institution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Records a filing's status as its process moves: {@code ${filingStatus.set(execution, 'CITY_REVIEW')}}. */
@Component("filingStatus")
public class FilingStatusRecorder {

    private final InstitutionFilings filings;

    FilingStatusRecorder(InstitutionFilings filings) {
        this.filings = filings;
    }

    public void set(DelegateExecution execution, String status) {
        filings.setStatus(execution.getProcessBusinessKey(), FilingStatus.valueOf(status));
    }
}
