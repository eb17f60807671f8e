package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.occupation.Occupations;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The public announcement that a filed institution is on the catalogue, with what it may evaluate. */
@Component("announceListing")
class AnnounceListing implements JavaDelegate {

    private final InstitutionFilings filings;
    private final Institutions institutions;
    private final Occupations occupations;

    AnnounceListing(InstitutionFilings filings, Institutions institutions, Occupations occupations) {
        this.filings = filings;
        this.institutions = institutions;
        this.occupations = occupations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Filing filing = filings.require(execution.getProcessBusinessKey());
        Institution institution = institutions.find(filing.institutionCreditCode());
        String lines = FilingView.grouped(filings.items(filing.id()), occupations::nameOf).stream()
                .map(o -> o.occupation() + "（"
                        + o.levels().stream().map(InstitutionSteps::levelLabel).collect(Collectors.joining("、")) + "）")
                .collect(Collectors.joining("；"));
        String today = InstitutionSteps.today().toString();
        String message = institution.name() + "经备案审核，自 " + today + " 起列入" + catalogueName(institution.kind()) + "，"
                + (institution.kind() == InstitutionKind.TRAINING ? "培训" : "评价") + "范围：" + lines + "。";
        institutions.announce(
                Announcement.LISTING,
                institution,
                filing.id(),
                InstitutionSteps.cut(message),
                InstitutionSteps.today());
    }

    static String catalogueName(InstitutionKind kind) {
        return kind == InstitutionKind.TRAINING ? "职业技能培训机构目录清单" : "职业技能评价目录清单";
    }
}
