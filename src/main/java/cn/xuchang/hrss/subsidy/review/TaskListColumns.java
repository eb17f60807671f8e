package cn.xuchang.hrss.subsidy.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The columns of the reviewers' Tasklist filters (申请单位, 申请金额, …), and their values on every task. Each process
 * contributes its own columns as a {@link Contribution} bean; this class knows none of them.
 *
 * <p>The Tasklist reads a list column from the task, its execution or its process instance. A county reviewer may
 * read the tasks of its county (the task's own authorization) but not the process instances: a grant on every
 * instance of a process would show the other counties' claims too. So each new task carries its own copy of the
 * columns' values, as task variables, which the task's authorization lets its reviewers read.
 */
@Component
public class TaskListColumns {

    /** A process's columns: variable name to column label, in the order the filters show them. */
    public interface Contribution {
        Map<String, String> columns();
    }

    private final Map<String, String> labels;

    TaskListColumns(List<Contribution> contributions) {
        Map<String, String> all = new LinkedHashMap<>();
        contributions.forEach(contribution -> all.putAll(contribution.columns()));
        this.labels = Collections.unmodifiableMap(all);
    }

    /** Variable name to column label, in the order the filters show them (contributions in their bean order). */
    public Map<String, String> labels() {
        return labels;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void copyOnto(DelegateTask task) {
        for (String name : labels.keySet()) {
            TypedValue value = task.getVariableTyped(name);
            if (value != null && value.getValue() != null) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
