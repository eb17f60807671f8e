package cn.xuchang.hrss.subsidy.review;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.query.QueryProperty;
import org.camunda.bpm.engine.task.Task;

/**
 * A reviewer group's Tasklist filter, one page at a time, at the speed of an index walk. The engine's task query is a
 * {@code SELECT DISTINCT … ORDER BY DUE_DATE_}: with 8,000 open claims in a county, MySQL reads and sorts all of them
 * before it returns the first 50 (docs/BENCHMARKS.md). Here the page's task ids are chosen by a walk along the tasks'
 * due dates, each looked up in the group's candidate links ({@link GroupTaskPageMapper}, the filter's criteria as the
 * engine's own SQL states them), and then the engine reads exactly those tasks by id under the caller's authentication:
 * every authorization check of the engine still applies, to 50 rows. Where the engine returns fewer tasks than ids (an
 * authorization revoked by hand, a task gone meanwhile), the page is the engine's own query of the filter, as without
 * this class. So the shortcut can only choose which tasks the engine is
 * asked for, never show one the engine would not.
 *
 * <p>It answers only filters of one shape ({@link GroupTaskList}: the ready-made reviewer filters of
 * {@code IdentitySetup}, active tasks only and newest first among equal due dates as the Tasklist asks), asked for by a member of the filter's candidate group; any other filter, criterion, sort
 * order or caller goes to the engine unchanged. It sits in the engine's filter service, so the engine REST API and the
 * webapps' Tasklist both pass it. The count is the group's open tasks, without the per-task authorization check: the
 * caller is a member of the group, and the engine grants a candidate group its tasks.
 */
class GroupTaskPages extends FilterServiceImpl {

    private static final JsonTaskQueryConverter QUERY_JSON = new JsonTaskQueryConverter();

    /** The criteria a filter of the shape may hold (as the engine's own JSON form of a task query names them). */
    private static final Set<String> SHAPE = Set.of(
            JsonTaskQueryConverter.CANDIDATE_GROUP,
            JsonTaskQueryConverter.INCLUDE_ASSIGNED_TASKS,
            JsonTaskQueryConverter.KEYS,
            JsonTaskQueryConverter.PROCESS_DEFINITION_KEY,
            JsonTaskQueryConverter.PROCESS_DEFINITION_KEYS,
            JsonTaskQueryConverter.ACTIVE,
            JsonTaskQueryConverter.ORDERING_PROPERTIES);

    /** Up to this many tasks a group's page is found by sorting them all (a few milliseconds), beyond by a walk. */
    private static final int SMALL_GROUP = 2_000;

    private static final long SIZE_KEPT_MILLIS = 60_000;

    private final Map<String, GroupSize> sizes = new ConcurrentHashMap<>();
    private final Supplier<IdentityService> identity;
    private final Supplier<GroupTaskPageMapper> pages;

    GroupTaskPages(Supplier<IdentityService> identity, Supplier<GroupTaskPageMapper> pages) {
        this.identity = identity;
        this.pages = pages;
    }

    @Override
    public <T> List<T> listPage(String filterId, int firstResult, int maxResults) {
        return listPage(filterId, null, firstResult, maxResults);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, Q extends Query<?, T>> List<T> listPage(
            String filterId, Q extendingQuery, int firstResult, int maxResults) {
        Optional<GroupTaskList> list =
                firstResult < 0 || maxResults <= 0 ? Optional.empty() : groupTaskList(filterId, extendingQuery);
        if (list.isEmpty()) {
            return super.listPage(filterId, extendingQuery, firstResult, maxResults);
        }
        List<String> ids = page(list.get(), firstResult, maxResults);
        if (ids.isEmpty()) {
            return List.of();
        }
        // the engine reads the chosen tasks by their ids under the caller's authorizations; the filter's criteria are
        // those the walk applied (GroupTaskPagesIT: the same tasks as the engine's own query of the filter). Asked
        // through the filter, MySQL would again start from the group's 8,000 candidate links.
        List<Task> tasks = new TaskQueryImpl(commandExecutor)
                .taskIdIn(ids.toArray(String[]::new))
                .initializeFormKeys()
                .list();
        if (tasks.size() != ids.size()) {
            // the engine's own page, its ties broken as the join breaks them so that pages neither repeat nor skip
            TaskQueryImpl inOrder = extending(list.get());
            inOrder.orderByDueDate()
                    .asc()
                    .orderByTaskCreateTime()
                    .desc()
                    .orderByTaskId()
                    .asc();
            return (List<T>) super.listPage(filterId, inOrder, firstResult, maxResults);
        }
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            place.put(ids.get(i), i);
        }
        return (List<T>) tasks.stream()
                .sorted(Comparator.comparing(task -> place.get(task.getId())))
                .toList();
    }

    @Override
    public Long count(String filterId) {
        return count(filterId, null);
    }

    @Override
    public Long count(String filterId, Query<?, ?> extendingQuery) {
        Optional<GroupTaskList> list = groupTaskList(filterId, extendingQuery);
        return list.isPresent() ? pages.get().count(list.get()) : super.count(filterId, extendingQuery);
    }

    /**
     * The page's task ids. A group that holds a fair share of the open tasks (a county's reviewers) is paged by walking
     * all open tasks along the due-date index and stopping when the page is full: the walk visits about
     * {@code (first + max) × open tasks / group's tasks} index entries. A small group is paged by sorting its tasks.
     * Which of the two is only a matter of speed, so the group's size is counted once a minute, not on every page (it
     * costs as much as the walk itself: 6 ms for 8,341 tasks on MariaDB).
     */
    private List<String> page(GroupTaskList list, int first, int max) {
        GroupTaskPageMapper mapper = pages.get();
        return size(mapper, list.group()) > SMALL_GROUP
                ? mapper.walkByDueDate(list, first, max)
                : mapper.sortGroup(list, first, max);
    }

    private long size(GroupTaskPageMapper mapper, String group) {
        long now = System.currentTimeMillis();
        GroupSize known = sizes.get(group);
        if (known == null || now - known.countedAt() > SIZE_KEPT_MILLIS) {
            known = new GroupSize(mapper.links(group), now);
            sizes.put(group, known);
        }
        return known.links();
    }

    private record GroupSize(long links, long countedAt) {}

    /** What a caller's query may add to the filter's own criteria in the shape: active tasks only. */
    private static TaskQueryImpl extending(GroupTaskList list) {
        TaskQueryImpl query = new TaskQueryImpl();
        if (list.activeOnly()) {
            query.active();
        }
        return query;
    }

    /** The filter as a group task list, when it has that shape and the caller is a member of the group. */
    private Optional<GroupTaskList> groupTaskList(String filterId, Query<?, ?> extendingQuery) {
        Authentication caller = identity.get().getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() == null || filterId == null) {
            return Optional.empty();
        }
        Filter filter = getFilter(filterId); // the engine's READ check on the filter
        if (filter == null || !(filter.getQuery() instanceof TaskQueryImpl)) {
            return Optional.empty();
        }
        if (extendingQuery != null) {
            if (!(extendingQuery instanceof TaskQueryImpl)) {
                return Optional.empty();
            }
            filter = filter.extend(extendingQuery);
        }
        TaskQueryImpl query = filter.getQuery();
        Set<String> criteria = new HashSet<>(QUERY_JSON.toJsonObject(query).keySet());
        // the engine's extend() leaves an empty process-instance list, which its SQL ignores (length > 0)
        if (query.getProcessInstanceIdIn() != null && query.getProcessInstanceIdIn().length == 0) {
            criteria.remove(JsonTaskQueryConverter.PROCESS_INSTANCE_ID_IN);
        }
        if (!SHAPE.containsAll(criteria)
                || query.getCandidateGroup() == null
                || !caller.getGroupIds().contains(query.getCandidateGroup())
                || (query.getSuspensionState() != null && !SuspensionState.ACTIVE.equals(query.getSuspensionState()))
                || !byDueDate(query.getOrderingProperties())) {
            return Optional.empty();
        }
        List<String> processKeys = query.getProcessDefinitionKeys() != null
                ? Arrays.asList(query.getProcessDefinitionKeys())
                : query.getProcessDefinitionKey() != null ? List.of(query.getProcessDefinitionKey()) : null;
        if (query.getProcessDefinitionKeys() != null && query.getProcessDefinitionKey() != null) {
            return Optional.empty();
        }
        List<String> taskKeys = query.getKeys() != null ? Arrays.asList(query.getKeys()) : null;
        if ((taskKeys != null && taskKeys.isEmpty()) || (processKeys != null && processKeys.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new GroupTaskList(
                query.getCandidateGroup(),
                query.isIncludeAssignedTasks(),
                SuspensionState.ACTIVE.equals(query.getSuspensionState()),
                taskKeys,
                processKeys));
    }

    /**
     * Due date, oldest first, however often the filter and the caller's sorting repeat it; then, as the Tasklist adds
     * by default, the newest first among tasks due at the same time. The join breaks the remaining ties by task id.
     */
    private static boolean byDueDate(List<QueryOrderingProperty> orderings) {
        if (orderings == null || orderings.isEmpty() || orderings.stream().anyMatch(o -> o.getRelation() != null)) {
            return false;
        }
        int i = 0;
        while (i < orderings.size() && is(orderings.get(i), TaskQueryProperty.DUE_DATE, Direction.ASCENDING)) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        while (i < orderings.size() && is(orderings.get(i), TaskQueryProperty.CREATE_TIME, Direction.DESCENDING)) {
            i++;
        }
        return i == orderings.size();
    }

    private static boolean is(QueryOrderingProperty ordering, QueryProperty property, Direction direction) {
        return property.equals(ordering.getQueryProperty()) && ordering.getDirection() == direction;
    }
}
