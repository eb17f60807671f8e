package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.review.TaskListColumns;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The claim processes' columns in the reviewers' Tasklist: who applies, for how much, in which county. */
@Component
@Order(1)
class ClaimTaskListColumns implements TaskListColumns.Contribution {

    @Override
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(ClaimVariables.APPLICANT_NAME, "申请单位");
        columns.put(ClaimVariables.TOTAL_AMOUNT, "申请金额（元）");
        columns.put(ClaimVariables.COUNTY_NAME, "县区");
        return columns;
    }
}
