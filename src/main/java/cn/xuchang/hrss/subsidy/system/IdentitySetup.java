package cn.xuchang.hrss.subsidy.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.xuchang.hrss.subsidy.registry.Region;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.review.TaskListColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The set-up every installation needs, demo or production: the regions, the groups of API.md (one county reviewer group
 * per county of the region data set), their engine authorizations, and the reviewers' ready-made Tasklist filters.
 * Idempotent: it runs at every start and creates only what is missing.
 */
@Component
class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final Regions regions;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final String bootstrapAdmin;
    private final String bootstrapPassword;

    IdentitySetup(
            Regions regions,
            IdentityService identity,
            AuthorizationService authorizations,
            FilterService filters,
            TaskService tasks,
            @Value("${skill-subsidy.bootstrap-admin.id:admin}") String bootstrapAdmin,
            @Value("${skill-subsidy.bootstrap-admin.password:}") String bootstrapPassword) {
        this.regions = regions;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.bootstrapAdmin = bootstrapAdmin;
        this.bootstrapPassword = bootstrapPassword;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    public void setUp() {
        List<Region> all = regions.load();
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(Groups.ADMIN, "系统管理员");
        groups.put(Groups.DATA_EXCHANGE, "数据交换");
        groups.put(Groups.CITY_REVIEWER, "市人社局审核人员");
        groups.put(Groups.ENTERPRISE, "企业");
        groups.put(Groups.AGENCY, "人力资源服务机构");
        groups.put(Groups.INSTITUTION, "评价与培训机构");
        groups.put(Groups.WORKER, "劳动者");
        groups.put(Groups.EXPERT, "评审专家");
        List<Region> counties = all.stream().filter(Region::isCounty).toList();
        for (Region county : counties) {
            groups.put(Groups.countyReviewer(county.code()), county.name() + "人社局审核人员");
        }
        groups.forEach(this::group);

        for (Resource resource : Resources.values()) {
            grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
        }
        // the city reviews every claim of the city and reads all their history; a county or an expert reads the
        // history only of the instances it works on, granted per instance (HistoricInstanceGrants)
        grant(Groups.CITY_REVIEWER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        List<String> taskWorkers = new ArrayList<>(List.of(Groups.CITY_REVIEWER, Groups.EXPERT));
        counties.forEach(county -> taskWorkers.add(Groups.countyReviewer(county.code())));
        for (String group : taskWorkers) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            if (!Groups.CITY_REVIEWER.equals(group)) {
                grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
                withoutHistory(group);
            }
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        }
        for (Region county : counties) {
            taskFilter("县区初审 · " + county.name(), Groups.countyReviewer(county.code()), -10);
        }
        taskFilter("市级复审", Groups.CITY_REVIEWER, -20);
        taskFilter("评价机构备案审核", Groups.CITY_REVIEWER, -30, "institution-filing");
        taskFilter("评价机构问题调查", Groups.CITY_REVIEWER, -40, "institution-exit");
        bootstrapAdministrator();
        taskFilter("专家评审", Groups.EXPERT, -30);
        log.info("identity set-up done: {} groups, {} counties", groups.size(), counties.size());
    }

    /**
     * A first administrator for an installation without demo data (production): created once, from
     * {@code skill-subsidy.bootstrap-admin.*}, when no member of camunda-admin exists yet.
     */
    private void bootstrapAdministrator() {
        if (bootstrapPassword.isBlank()
                || identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0) {
            return;
        }
        User admin = identity.newUser(bootstrapAdmin);
        admin.setFirstName("系统管理员");
        admin.setLastName("");
        admin.setPassword(bootstrapPassword);
        identity.saveUser(admin);
        identity.createMembership(bootstrapAdmin, Groups.ADMIN);
        log.info("bootstrap administrator {} created", bootstrapAdmin);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(
                Groups.isWorkflowGroup(id) ? "WORKFLOW" : Groups.APPLICANTS.contains(id) ? "APPLICANT" : "SYSTEM");
        identity.saveGroup(group);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(group)
                        .resourceType(resource)
                        .resourceId(resourceId)
                        .count()
                > 0;
        if (exists) {
            return;
        }
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /**
     * Takes READ_HISTORY on every process definition away from a group that held it before historic instance
     * permissions were switched on (installations set up by an earlier version): it would show every county's claims.
     */
    private void withoutHistory(String group) {
        for (Authorization authorization : authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(ANY)
                .list()) {
            if (authorization.getAuthorizationType() == AUTH_TYPE_GRANT
                    && authorization.isPermissionGranted(Permissions.READ_HISTORY)) {
                authorization.removePermission(Permissions.READ_HISTORY);
                authorizations.saveAuthorization(authorization);
                log.info("READ_HISTORY on every process definition withdrawn from group {}", group);
            }
        }
    }

    /** A Tasklist filter showing a group's open tasks, oldest due date first, visible to that group only. */
    private void taskFilter(String name, String group, int priority) {
        taskFilter(name, group, priority, null);
    }

    /** As above, limited to the tasks of one process when {@code processKey} is given. */
    private void taskFilter(String name, String group, int priority, String processKey) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(group);
            if (processKey != null) {
                query = query.processDefinitionKey(processKey);
            }
            query = query.orderByDueDate().asc();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("priority", priority);
            properties.put("description", "候选组 " + group + " 的待办任务，按到期日排序");
            properties.put("refresh", true);
            List<Map<String, String>> columns = new ArrayList<>();
            TaskListColumns.LABELS.forEach((variable, label) -> columns.add(Map.of("name", variable, "label", label)));
            properties.put("variables", columns);
            filter = filters.newTaskFilter(name)
                    .setOwner(Groups.ADMIN)
                    .setQuery(query)
                    .setProperties(properties);
            filters.saveFilter(filter);
        }
        grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
