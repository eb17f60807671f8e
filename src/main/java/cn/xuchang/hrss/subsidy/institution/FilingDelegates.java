package cn.xuchang.hrss.subsidy.institution;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of bpmn/institution-filing.bpmn; the business key is the filing id. */
@Configuration(proxyBeanMethods = false)
class FilingDelegates {

    /** The completeness check, again, on the stored lines (a filing may also be started from Cockpit). */
    @Bean
    JavaDelegate checkFilingCompleteness(InstitutionFilings filings) {
        return execution -> {
            List<OccupationLevel> items = filings.items(execution.getProcessBusinessKey());
            Map<String, List<String>> byOccupation = new LinkedHashMap<>();
            items.forEach(i -> byOccupation
                    .computeIfAbsent(i.occupation(), k -> new java.util.ArrayList<>())
                    .add(i.levelName()));
            FilingCompleteness.Result result = FilingCompleteness.check(byOccupation.entrySet().stream()
                    .map(e -> new FilingCompleteness.Entry(e.getKey(), e.getValue()))
                    .toList());
            execution.setVariable(InstitutionFilingProcess.FILING_COMPLETE, result.complete());
            execution.setVariable(
                    InstitutionFilingProcess.FILING_ITEMS,
                    Variables.objectValue(reviewView(items))
                            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                            .create());
        };
    }

    /** On approval: the institution is on the catalogue for exactly the filed lines, from today. */
    @Bean
    JavaDelegate listFiledOccupations(InstitutionFilings filings, Institutions institutions) {
        return execution -> {
            Filing filing = filings.require(execution.getProcessBusinessKey());
            institutions.list(filing.institutionCreditCode(), filing.id(), filings.items(filing.id()), today());
            filings.setStatus(filing.id(), FilingStatus.LISTED);
        };
    }

    /** The public announcement of the listing. */
    @Bean
    JavaDelegate announceListing(InstitutionFilings filings, Institutions institutions) {
        return execution -> {
            Filing filing = filings.require(execution.getProcessBusinessKey());
            Institution institution = institutions.find(filing.institutionCreditCode());
            String lines = FilingView.grouped(filings.items(filing.id())).stream()
                    .map(o -> o.occupation() + "（"
                            + o.levels().stream()
                                    .map(FilingDelegates::levelLabel)
                                    .collect(Collectors.joining("、")) + "）")
                    .collect(Collectors.joining("；"));
            String message = institution.name() + "经备案审核，自 " + today() + " 起列入职业技能评价目录清单，评价范围：" + lines + "。";
            institutions.announce(Announcement.LISTING, institution, filing.id(), cut(message), today());
        };
    }

    static List<Map<String, Object>> reviewView(List<OccupationLevel> items) {
        return FilingView.grouped(items).stream()
                .map(o -> Map.<String, Object>of(
                        "occupation",
                        o.occupation(),
                        "levels",
                        o.levels().stream().map(FilingDelegates::levelLabel).collect(Collectors.joining("、"))))
                .toList();
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime()
                .toInstant()
                .atZone(ZoneId.systemDefault())
                .toLocalDate();
    }

    static String cut(String message) {
        return message.length() > 2000 ? message.substring(0, 1997) + "……" : message;
    }

    private static String levelLabel(String levelName) {
        if (OccupationLevel.SPECIAL_ABILITY.equals(levelName)) {
            return "专项职业能力";
        }
        return cn.xuchang.hrss.subsidy.registry.SkillLevel.valueOf(levelName).label();
    }
}
