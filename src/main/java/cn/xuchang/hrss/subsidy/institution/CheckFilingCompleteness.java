package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.occupation.Occupations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The completeness check, again, on the stored lines (a filing may also be started from Cockpit). */
@Component("checkFilingCompleteness")
class CheckFilingCompleteness implements JavaDelegate {

    private final InstitutionFilings filings;
    private final Occupations occupations;

    CheckFilingCompleteness(InstitutionFilings filings, Occupations occupations) {
        this.filings = filings;
        this.occupations = occupations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<OccupationLevel> items = filings.items(execution.getProcessBusinessKey());
        Map<String, List<String>> byOccupation = new LinkedHashMap<>();
        items.forEach(i -> byOccupation
                .computeIfAbsent(i.occupation(), k -> new ArrayList<>())
                .add(i.levelName()));
        FilingCompleteness.Result result = FilingCompleteness.check(byOccupation.entrySet().stream()
                .map(e -> new FilingCompleteness.Entry(e.getKey(), e.getValue()))
                .toList());
        execution.setVariable(InstitutionFilingProcess.FILING_COMPLETE, result.complete());
        execution.setVariable(
                InstitutionFilingProcess.FILING_ITEMS,
                Variables.objectValue(InstitutionSteps.reviewView(items, occupations::nameOf))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
    }
}
