package cn.xuchang.hrss.subsidy.review;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Open and overdue review tasks per candidate group and, within it, per reviewer. A reporting read of the engine's
 * task tables in one grouped query per group (the task query API would load every task to count them).
 */
@Service
class Workload {

    private final JdbcTemplate jdbc;

    Workload(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Reviewer(String assignee, long open, long overdue) {}

    record GroupLoad(String group, long open, long overdue, long unassigned, List<Reviewer> reviewers) {}

    List<GroupLoad> of(Collection<String> groups) {
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        List<GroupLoad> result = new ArrayList<>();
        for (String group : groups) {
            Map<String, long[]> byAssignee = new LinkedHashMap<>();
            jdbc.query(
                    "SELECT T.ASSIGNEE_ AS ASSIGNEE, COUNT(*) AS OPEN_TASKS,"
                            + " SUM(CASE WHEN T.DUE_DATE_ < ? THEN 1 ELSE 0 END) AS OVERDUE_TASKS"
                            + " FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_"
                            + " WHERE L.TYPE_ = 'candidate' AND L.GROUP_ID_ = ? GROUP BY T.ASSIGNEE_",
                    row -> {
                        byAssignee.put(
                                row.getString("ASSIGNEE"),
                                new long[] {row.getLong("OPEN_TASKS"), row.getLong("OVERDUE_TASKS")});
                    },
                    now,
                    group);
            long open = byAssignee.values().stream().mapToLong(v -> v[0]).sum();
            long overdue = byAssignee.values().stream().mapToLong(v -> v[1]).sum();
            long unassigned = byAssignee.containsKey(null) ? byAssignee.get(null)[0] : 0;
            List<Reviewer> reviewers = byAssignee.entrySet().stream()
                    .filter(e -> e.getKey() != null)
                    .map(e -> new Reviewer(e.getKey(), e.getValue()[0], e.getValue()[1]))
                    .toList();
            result.add(new GroupLoad(group, open, overdue, unassigned, reviewers));
        }
        return result;
    }
}
