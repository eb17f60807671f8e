package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Draws the experts who score an application: one scoring card per named expert, so that an expert sees their own
 * cards, not every card of every application. The {@code expertCount} members of the group {@code expert} with the
 * fewest open scoring cards are drawn, ties broken by user id; with fewer experts than that, all of them. With no expert
 * at all the county's recommendation is refused (409 {@code NO_EXPERTS}) and its task stays open: a card with nobody
 * to score it would only wait.
 */
@Component("expertPanel")
public class ExpertPanel {

    /** The user ids of the experts, in the order of their cards: the multi-instance collection of the scoring task. */
    public List<String> draw(DelegateExecution execution) {
        int wanted = ((Number) execution.getVariable(StartupAwardProcess.EXPERT_COUNT)).intValue();
        ProcessEngineServices engine = execution.getProcessEngineServices();
        List<String> experts =
                engine.getIdentityService().createUserQuery().memberOfGroup(Groups.EXPERT).list().stream()
                        .map(User::getId)
                        .toList();
        if (experts.isEmpty()) {
            throw new EngineRefusal(
                    HttpStatus.CONFLICT,
                    "NO_EXPERTS",
                    "专家组（expert）中还没有专家，无法分派专家评分；请管理员先在 Camunda Admin 中将评审专家加入“评审专家”组，再提交推荐");
        }
        Map<String, Long> open = experts.stream()
                .collect(Collectors.toMap(Function.identity(), expert -> engine.getTaskService()
                        .createTaskQuery()
                        .processDefinitionKey(StartupAwardProcess.KEY)
                        .taskDefinitionKey(StartupAwardProcess.USER_EXPERT_SCORING)
                        .taskAssignee(expert)
                        .count()));
        return experts.stream()
                .sorted(Comparator.comparing((String expert) -> open.get(expert))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(1, wanted))
                .toList();
    }
}
