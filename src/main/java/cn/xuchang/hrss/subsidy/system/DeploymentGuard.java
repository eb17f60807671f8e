package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.review.ReviewRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment whose BPMN references a delegate bean, a candidate group, a form or a decision that does not
 * exist, with a message naming the element, so that a redesign from Camunda Modeler can never break claims at run
 * time. Also refuses {@code camunda:class}: delegates are Spring beans. Runs before the engine's own deployers, for new
 * deployments only (a restart re-reading old deployments into the cache is not checked again).
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin {

    private static final Pattern LEADING_IDENTIFIER =
            Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*([.(])?");
    private static final Set<String> BUILT_INS = Set.of(
            "execution", "task", "authenticatedUserId", "dateTime", "currentUser", "currentUserGroups", "variables");

    private final ApplicationContext beans;
    private final ObjectMapper json = new ObjectMapper();

    DeploymentGuard(ApplicationContext beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this::check);
        configuration.setCustomPreDeployers(deployers);
    }

    private void check(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Set<String> forms = new HashSet<>();
        Set<String> decisions = new HashSet<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".form")) {
                formIdOf(resource).ifPresent(forms::add);
            } else if (resource.getName().endsWith(".dmn")) {
                Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
                        .getModelElementsByType(Decision.class)
                        .forEach(decision -> decisions.add(decision.getId()));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ResourceEntity> entry : deployment.getResources().entrySet()) {
            if (entry.getKey().endsWith(".bpmn") || entry.getKey().endsWith(".bpmn20.xml")) {
                BpmnModelInstance model = Bpmn.readModelFromStream(
                        new ByteArrayInputStream(entry.getValue().getBytes()));
                problems.addAll(problemsOf(entry.getKey(), model, forms, decisions));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("部署被拒绝：" + String.join("；", problems));
        }
    }

    List<String> problemsOf(String resource, BpmnModelInstance model, Set<String> forms, Set<String> decisions) {
        List<String> problems = new ArrayList<>();
        Set<String> groups = null;
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            String where = resource + " 中的元素 " + element.getId()
                    + (element.getName() == null ? "" : "（" + element.getName() + "）");
            if (element instanceof ServiceTask task) {
                refuseClass(task.getCamundaClass(), where, problems);
                checkBean(task.getCamundaDelegateExpression(), true, where, problems);
                checkBean(task.getCamundaExpression(), false, where, problems);
            }
            if (element instanceof BusinessRuleTask rule) {
                refuseClass(rule.getCamundaClass(), where, problems);
                checkBean(rule.getCamundaDelegateExpression(), true, where, problems);
                String decision = rule.getCamundaDecisionRef();
                if (decision != null
                        && !decision.contains("${")
                        && !decisions.contains(decision)
                        && !deployedDecision(decision)) {
                    problems.add(where + " 引用的决策表“" + decision + "”不存在");
                }
            }
            if (element instanceof UserTask task) {
                if (groups == null) {
                    groups = knownGroups();
                }
                for (String group : split(task.getCamundaCandidateGroups())) {
                    if (!groupExists(group, groups)) {
                        problems.add(where + " 的候选组“" + group + "”不存在");
                    }
                }
                if (!ReviewRules.declaresInputs(task)) {
                    problems.add(where + " 未声明办理时可提交的变量（扩展属性 inputs，如 decision,comment；不接受变量时值留空），" + "否则该任务无人能够办理");
                }
                String form = task.getCamundaFormRef();
                if (form != null
                        && !form.contains("${")
                        && !forms.contains(form)
                        && ("deployment".equals(task.getCamundaFormRefBinding()) || !deployedForm(form))) {
                    problems.add(where + " 引用的表单“" + form + "”不存在"
                            + ("deployment".equals(task.getCamundaFormRefBinding()) ? "（须与流程一同部署）" : ""));
                }
                for (CamundaTaskListener listener : listenersOf(task, CamundaTaskListener.class)) {
                    refuseClass(listener.getCamundaClass(), where, problems);
                    checkBean(listener.getCamundaDelegateExpression(), true, where, problems);
                    checkBean(listener.getCamundaExpression(), false, where, problems);
                }
            }
            for (CamundaExecutionListener listener : listenersOf(element, CamundaExecutionListener.class)) {
                refuseClass(listener.getCamundaClass(), where, problems);
                checkBean(listener.getCamundaDelegateExpression(), true, where, problems);
                checkBean(listener.getCamundaExpression(), false, where, problems);
            }
        }
        return problems;
    }

    private void checkBean(String expression, boolean mustBeBean, String where, List<String> problems) {
        if (expression == null) {
            return;
        }
        Matcher matcher = LEADING_IDENTIFIER.matcher(expression);
        if (!matcher.find()) {
            return;
        }
        String name = matcher.group(1);
        boolean calledLikeABean = matcher.group(2) != null;
        if ((mustBeBean || calledLikeABean) && !BUILT_INS.contains(name) && !beans.containsBean(name)) {
            problems.add(where + " 引用的 Bean“" + name + "”不存在");
        }
    }

    private static void refuseClass(String className, String where, List<String> problems) {
        if (className != null && !className.isBlank()) {
            problems.add(where + " 使用了 camunda:class（" + className + "），请改用 Spring Bean（delegateExpression）");
        }
    }

    private static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> List<T> listenersOf(
            BaseElement element, Class<T> type) {
        if (element.getExtensionElements() == null) {
            return List.of();
        }
        return element.getExtensionElements()
                .getElementsQuery()
                .filterByType(type)
                .list();
    }

    private Set<String> knownGroups() {
        Set<String> known = new HashSet<>(Groups.FIXED);
        // the engine's own service: the Spring bean does not exist yet while the engine deploys at start-up
        for (Group group : Context.getProcessEngineConfiguration()
                .getIdentityService()
                .createGroupQuery()
                .list()) {
            known.add(group.getId());
        }
        return known;
    }

    /** A literal group must exist; "county-reviewer-${countyCode}" needs the county reviewer groups. */
    private static boolean groupExists(String group, Set<String> known) {
        int expression = group.indexOf("${");
        if (expression < 0) {
            return known.contains(group);
        }
        String prefix = group.substring(0, expression);
        return prefix.isEmpty()
                || prefix.equals(Groups.COUNTY_REVIEWER_PREFIX)
                || known.stream().anyMatch(g -> g.startsWith(prefix));
    }

    private static boolean deployedDecision(String key) {
        CommandContext context = Context.getCommandContext();
        return context != null && context.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key) != null;
    }

    private static boolean deployedForm(String key) {
        CommandContext context = Context.getCommandContext();
        return context != null && context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key) != null;
    }

    private java.util.Optional<String> formIdOf(ResourceEntity resource) {
        try {
            JsonNode form = json.readTree(resource.getBytes());
            return java.util.Optional.ofNullable(form.path("id").asText(null));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
