package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.review.TaskListColumns;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The institution processes' columns in the reviewers' Tasklist: which institution, why it is investigated. */
@Component
@Order(2)
class InstitutionTaskListColumns implements TaskListColumns.Contribution {

    @Override
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(InstitutionFilingProcess.INSTITUTION_NAME, "机构名称");
        columns.put(InstitutionFilingProcess.INSTITUTION_KIND, "机构类别");
        columns.put(InstitutionExitProcess.EXIT_TRIGGER_LABEL, "调查原因");
        return columns;
    }
}
