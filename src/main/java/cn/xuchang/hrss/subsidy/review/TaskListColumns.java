package cn.xuchang.hrss.subsidy.review;

import cn.xuchang.hrss.subsidy.claim.ClaimVariables;
import cn.xuchang.hrss.subsidy.institution.InstitutionExitProcess;
import cn.xuchang.hrss.subsidy.institution.InstitutionFilingProcess;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The columns of the reviewers' Tasklist filters (申请单位, 申请金额, …), and their values on every task.
 *
 * <p>The Tasklist reads a list column from the task, its execution or its process instance. A county reviewer may
 * read the tasks of its county (the task's own authorization) but not the process instances: a grant on every
 * instance of a process would show the other counties' claims too. So each new task carries its own copy of the
 * columns' values, as task variables, which the task's authorization lets its reviewers read.
 */
@Component
public class TaskListColumns {

    /** Variable name to column label, in the order the filters show them. */
    public static final Map<String, String> LABELS = labels();

    @EventListener(condition = "#task.eventName == 'create'")
    public void copyOnto(DelegateTask task) {
        for (String name : LABELS.keySet()) {
            TypedValue value = task.getVariableTyped(name);
            if (value != null && value.getValue() != null) {
                task.setVariableLocal(name, value);
            }
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(ClaimVariables.APPLICANT_NAME, "申请单位");
        labels.put(ClaimVariables.TOTAL_AMOUNT, "申请金额（元）");
        labels.put(ClaimVariables.COUNTY_NAME, "县区");
        labels.put(InstitutionFilingProcess.INSTITUTION_NAME, "机构名称");
        labels.put(InstitutionExitProcess.EXIT_TRIGGER_LABEL, "调查原因");
        return Collections.unmodifiableMap(labels);
    }
}
