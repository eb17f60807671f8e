package cn.xuchang.hrss.subsidy.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} without the engine's record of every single variable write ({@code ACT_HI_DETAIL}, with
 * a copy of each JSON value in {@code ACT_GE_BYTEARRAY}): a third of the history rows a claim writes
 * (docs/BENCHMARKS.md). What the audit trail needs is kept: the variables' values ({@code ACT_HI_VARINST}), the
 * activities, tasks, identity links, decision-table evaluations, job and user-operation logs, and our own review
 * decisions (who, when, what, why) and claim lines. {@code skill-subsidy.history.variable-updates: true} writes the
 * details again.
 */
@Component
class VariableUpdateHistory extends AbstractProcessEnginePlugin {

    private final boolean variableUpdates;

    VariableUpdateHistory(@Value("${skill-subsidy.history.variable-updates:false}") boolean variableUpdates) {
        this.variableUpdates = variableUpdates;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (variableUpdates) {
            return;
        }
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new WithoutVariableUpdates());
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** The engine's own history writer, less the variable-update details. */
    static final class WithoutVariableUpdates extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
