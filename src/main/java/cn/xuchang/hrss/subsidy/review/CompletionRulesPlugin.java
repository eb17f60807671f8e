package cn.xuchang.hrss.subsidy.review;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EngineCompletionRules} and {@link TaskAssignmentRules} into the engine's command chain, inside the
 * command context and the transaction, so that every task command of every caller passes them, and lets the candidate
 * groups hold {@code TASK_ASSIGN} on their tasks ({@link ReviewerAuthorizations}). The Camunda starter picks up plugin beans by type; the process
 * tests add the plugin to their in-memory engine.
 */
@Component
public class CompletionRulesPlugin extends AbstractProcessEnginePlugin {

    private final EngineCompletionRules rules;
    private final TaskAssignmentRules assignmentRules;

    @Autowired
    CompletionRulesPlugin(ObjectProvider<Reviews> reviews) {
        // looked up at the first check: the engine is configured before the mappers are ready
        this((claimId, taskKey, userId) -> reviews.getObject().hasDone(claimId, taskKey, userId));
    }

    public CompletionRulesPlugin(EngineCompletionRules.PriorCompletions priorCompletions) {
        this.rules = new EngineCompletionRules(priorCompletions);
        this.assignmentRules = new TaskAssignmentRules(priorCompletions);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(rules);
        interceptors.add(assignmentRules);
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        configuration.setResourceAuthorizationProvider(new ReviewerAuthorizations());
    }
}
