package cn.xuchang.hrss.subsidy.institution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** On approval of a filing: the institution is on the catalogue for exactly the filed lines, from today. */
@Component("listFiledOccupations")
class ListFiledOccupations implements JavaDelegate {

    private final InstitutionFilings filings;
    private final Institutions institutions;

    ListFiledOccupations(InstitutionFilings filings, Institutions institutions) {
        this.filings = filings;
        this.institutions = institutions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Filing filing = filings.require(execution.getProcessBusinessKey());
        institutions.list(
                filing.institutionCreditCode(), filing.id(), filings.items(filing.id()), InstitutionSteps.today());
        filings.setStatus(filing.id(), FilingStatus.LISTED);
    }
}
