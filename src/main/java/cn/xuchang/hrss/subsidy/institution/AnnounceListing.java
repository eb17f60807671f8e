package cn.xuchang.hrss.subsidy.institution;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The public announcement that a filed institution is on the catalogue, with what it may evaluate. */
@Component("announceListing")
class AnnounceListing implements JavaDelegate {

    private final InstitutionFilings filings;
    private final Institutions institutions;

    AnnounceListing(InstitutionFilings filings, Institutions institutions) {
        this.filings = filings;
        this.institutions = institutions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Filing filing = filings.require(execution.getProcessBusinessKey());
        Institution institution = institutions.find(filing.institutionCreditCode());
        String lines = FilingView.grouped(filings.items(filing.id())).stream()
                .map(o -> o.occupation() + "（"
                        + o.levels().stream().map(InstitutionSteps::levelLabel).collect(Collectors.joining("、")) + "）")
                .collect(Collectors.joining("；"));
        String today = InstitutionSteps.today().toString();
        String message = institution.name() + "经备案审核，自 " + today + " 起列入职业技能评价目录清单，评价范围：" + lines + "。";
        institutions.announce(
                Announcement.LISTING,
                institution,
                filing.id(),
                InstitutionSteps.cut(message),
                InstitutionSteps.today());
    }
}
