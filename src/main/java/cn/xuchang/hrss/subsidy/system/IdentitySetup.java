package cn.xuchang.hrss.subsidy.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.xuchang.hrss.subsidy.evaluation.EvaluationSubsidyProcess;
import cn.xuchang.hrss.subsidy.hiring.HiringSubsidyProcess;
import cn.xuchang.hrss.subsidy.institution.InstitutionExitProcess;
import cn.xuchang.hrss.subsidy.institution.InstitutionFilingProcess;
import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.kernel.Passwords;
import cn.xuchang.hrss.subsidy.referral.ReferralSubsidyProcess;
import cn.xuchang.hrss.subsidy.registry.Region;
import cn.xuchang.hrss.subsidy.registry.Regions;
import cn.xuchang.hrss.subsidy.review.TaskListColumns;
import cn.xuchang.hrss.subsidy.startup.StartupAwardProcess;
import cn.xuchang.hrss.subsidy.voucher.VoucherRedemptionProcess;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
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

    /** Tasklist lists filters by this property, lowest first, and opens the first: a group's main work. */
    private static final int MAIN_WORK = 10;

    private static final int MY_TASKS = 20;
    private static final int FURTHER_WORK = 30;

    /** The claim processes whose city tasks are the city's main work (institution filings and exits are not). */
    private static final String[] CLAIM_PROCESSES = {
        HiringSubsidyProcess.KEY,
        ReferralSubsidyProcess.KEY,
        EvaluationSubsidyProcess.KEY,
        StartupAwardProcess.KEY,
        VoucherRedemptionProcess.KEY
    };

    private static final JsonTaskQueryConverter QUERY_JSON = new JsonTaskQueryConverter();
    static final String NO_ADMINISTRATOR = "数据库中还没有系统管理员，且未设置 ADMIN_PASSWORD：请设置环境变量 ADMIN_PASSWORD"
            + "（skill-subsidy.bootstrap-admin.password）后再启动，首次启动将以它创建系统管理员。The database has no"
            + " administrator and ADMIN_PASSWORD is not set: set ADMIN_PASSWORD for the first administrator and start"
            + " again.";

    private final Regions regions;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final Passwords passwords;
    private final TaskListColumns columns;
    private final String bootstrapAdmin;
    private final String bootstrapPassword;
    private final boolean administratorRequired;

    IdentitySetup(
            Regions regions,
            IdentityService identity,
            AuthorizationService authorizations,
            FilterService filters,
            TaskService tasks,
            Passwords passwords,
            TaskListColumns columns,
            @Value("${skill-subsidy.bootstrap-admin.id:admin}") String bootstrapAdmin,
            @Value("${skill-subsidy.bootstrap-admin.password:}") String bootstrapPassword,
            @Value("${skill-subsidy.bootstrap-admin.required:false}") boolean administratorRequired) {
        this.regions = regions;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.passwords = passwords;
        this.columns = columns;
        this.bootstrapAdmin = bootstrapAdmin;
        this.bootstrapPassword = bootstrapPassword;
        this.administratorRequired = administratorRequired;
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
        // history only of the instances it works on, granted per instance (review/ReviewerAuthorizations)
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
            String group = Groups.countyReviewer(county.code());
            groupFilter("县区初审 · " + county.name(), group, MAIN_WORK, groupTasks(group));
        }
        groupFilter(
                "市级复审",
                Groups.CITY_REVIEWER,
                MAIN_WORK,
                groupTasks(Groups.CITY_REVIEWER)
                        .processDefinitionKeyIn(CLAIM_PROCESSES)
                        .taskDefinitionKeyIn(distinct(
                                HiringSubsidyProcess.USER_CITY_REVIEW,
                                ReferralSubsidyProcess.USER_CITY_REVIEW,
                                EvaluationSubsidyProcess.USER_CITY_REVIEW,
                                StartupAwardProcess.USER_CITY_DECISION,
                                VoucherRedemptionProcess.USER_CITY_REVIEW)));
        groupFilter(
                "公示异议核查",
                Groups.CITY_REVIEWER,
                FURTHER_WORK,
                groupTasks(Groups.CITY_REVIEWER)
                        .processDefinitionKeyIn(CLAIM_PROCESSES)
                        .taskDefinitionKeyIn(distinct(
                                HiringSubsidyProcess.USER_OBJECTION_REVIEW,
                                ReferralSubsidyProcess.USER_OBJECTION_REVIEW,
                                EvaluationSubsidyProcess.USER_OBJECTION_REVIEW,
                                StartupAwardProcess.USER_OBJECTION_REVIEW,
                                VoucherRedemptionProcess.USER_OBJECTION_REVIEW)));
        groupFilter(
                "评价机构备案审核",
                Groups.CITY_REVIEWER,
                FURTHER_WORK + 10,
                groupTasks(Groups.CITY_REVIEWER).processDefinitionKey(InstitutionFilingProcess.KEY));
        groupFilter(
                "评价机构问题调查",
                Groups.CITY_REVIEWER,
                FURTHER_WORK + 20,
                groupTasks(Groups.CITY_REVIEWER).processDefinitionKey(InstitutionExitProcess.KEY));
        bootstrapAdministrator();
        expertFilter();
        myTasksFilter(taskWorkers);
        log.info("identity set-up done: {} groups, {} counties", groups.size(), counties.size());
    }

    /**
     * A first administrator for an installation without demo data (production): created once, from
     * {@code skill-subsidy.bootstrap-admin.*}, when no member of camunda-admin exists yet. Its password must meet the
     * password policy. Where an administrator is required ({@code skill-subsidy.bootstrap-admin.required}, the mysql
     * profile), a database without one and no password to create it refuse the start: otherwise the webapps would
     * offer their first-admin set-up page to whoever comes first.
     */
    private void bootstrapAdministrator() {
        if (identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0) {
            return;
        }
        if (bootstrapPassword.isBlank()) {
            if (administratorRequired) {
                throw new IllegalStateException(NO_ADMINISTRATOR);
            }
            return;
        }
        User admin = identity.newUser(bootstrapAdmin);
        admin.setFirstName("系统管理员");
        admin.setLastName("");
        if (!passwords.isAllowed(admin, bootstrapPassword)) {
            throw new IllegalStateException("ADMIN_PASSWORD（skill-subsidy.bootstrap-admin.password）不符合密码规则，须"
                    + passwords.requirements() + "。The first administrator's password (ADMIN_PASSWORD) does not meet"
                    + " the password policy: at least 10 characters with upper- and lower-case letters, a digit and a"
                    + " special character, not containing the user id.");
        }
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

    /**
     * A group's open tasks, claimed or not (a candidate-group query alone leaves out the claimed ones: a task would
     * vanish from the group's list the moment a reviewer claims it).
     */
    private TaskQuery groupTasks(String group) {
        return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
    }

    /** The task keys once each: the schemes share some element ids, and the filter shows the list to administrators. */
    private static String[] distinct(String... keys) {
        return Arrays.stream(keys).distinct().toArray(String[]::new);
    }

    /** A Tasklist filter of a group's tasks, oldest due date first, visible to that group only. */
    private void groupFilter(String name, String group, int priority, TaskQuery query) {
        Group candidates = identity.createGroupQuery().groupId(group).singleResult();
        String description = candidates.getName() + "的全部待办（含已被认领的），按到期日排序";
        Filter filter = taskFilter(name, query, priority, description);
        grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    /**
     * 专家评审: an expert's own scoring cards (each card is drawn for one named expert, startup/ExpertPanel), and a card
     * of the group that nobody holds (an expert released it): never another expert's card.
     */
    private void expertFilter() {
        TaskQuery query = groupTasks(Groups.EXPERT)
                .or()
                .taskAssigneeExpression("${currentUser()}")
                .taskUnassigned()
                .endOr();
        Filter filter = taskFilter("专家评审", query, MAIN_WORK, "分派给我的专家评分任务（及无人办理的评分任务），按到期日排序");
        grant(Groups.EXPERT, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    /** 我的待办: the tasks assigned to whoever looks, for every reviewer and expert group. */
    private void myTasksFilter(List<String> groups) {
        TaskQuery query = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
        Filter filter = taskFilter("我的待办", query, MY_TASKS, "分配给我（已认领）的待办，按到期日排序");
        groups.forEach(group -> grant(group, Resources.FILTER, filter.getId(), Permissions.READ));
    }

    /**
     * Creates the filter, or brings a filter stored by an earlier version up to date (query, order, columns, place in
     * the list); a filter that is already as it should be is not written again.
     */
    private Filter taskFilter(String name, TaskQuery query, int priority, String description) {
        query = query.orderByDueDate().asc();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        List<Map<String, String>> shown = new ArrayList<>();
        columns.labels().forEach((variable, label) -> shown.add(Map.of("name", variable, "label", label)));
        properties.put("variables", shown);

        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setOwner(Groups.ADMIN);
        } else if (QUERY_JSON
                        .toJsonObject(filter.getQuery())
                        .toString()
                        .equals(QUERY_JSON.toJsonObject(query).toString())
                && properties.equals(filter.getProperties())) {
            return filter;
        }
        filter.setQuery(query).setProperties(properties);
        return filters.saveFilter(filter);
    }
}
