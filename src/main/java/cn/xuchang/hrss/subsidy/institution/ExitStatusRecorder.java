package cn.xuchang.hrss.subsidy.institution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Records an exit procedure's status as its process moves: {@code ${exitStatus.set(execution, 'INVESTIGATION')}}. */
@Component("exitStatus")
public class ExitStatusRecorder {

    private final ExitMapper exits;

    ExitStatusRecorder(ExitMapper exits) {
        this.exits = exits;
    }

    public void set(DelegateExecution execution, String status) {
        exits.updateStatus(execution.getProcessBusinessKey(), ExitStatus.valueOf(status));
    }
}
