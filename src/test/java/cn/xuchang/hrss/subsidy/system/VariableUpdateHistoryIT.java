package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.hiring.HiringSubsidyProcess;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history keeps every variable's value and our review records keep every decision, but no detail row is
 * written per variable write (skill-subsidy.history.variable-updates: false, VariableUpdateHistory).
 */
class VariableUpdateHistoryIT extends ApiIntegrationTest {

    @Autowired
    private HistoryService history;

    @Test
    void shouldKeepTheVariablesAndTheDecisionButNoDetailPerWrite() {
        String enterprise = enterprise("SMALL", WEIDU);
        Response claim = submitHiring(
                enterprise, 2025, hires(eligibleHire(enterprise, LocalDate.of(2025, 3, 1)), LocalDate.of(2025, 3, 1)));
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        String instance = claim.text("processInstanceId");
        String task = taskOf(COUNTY_WEIDU, claim.text("id"), HiringSubsidyProcess.USER_COUNTY_REVIEW);
        assertThat(decide(COUNTY_WEIDU, task, "APPROVE", "材料齐全").status()).isEqualTo(204);

        // the process's own value, and the Tasklist column copies on its review tasks
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName("applicantName")
                        .list())
                .extracting(variable -> variable.getTaskId() == null)
                .contains(true);
        // who decided what, when and why: our own review records
        assertThat(jdbc.queryForMap(
                        "SELECT decision, comment, decided_by FROM review_decision WHERE task_id = ?", task))
                .containsEntry("DECISION", "APPROVE")
                .containsEntry("COMMENT", "材料齐全")
                .containsEntry("DECIDED_BY", COUNTY_WEIDU);
        assertThat(history.createHistoricTaskInstanceQuery()
                        .taskId(task)
                        .singleResult()
                        .getEndTime())
                .isNotNull();
        assertThat(history.createHistoricDetailQuery()
                        .processInstanceId(instance)
                        .variableUpdates()
                        .count())
                .isZero();
    }
}
