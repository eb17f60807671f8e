package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.Problems;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** A migration plan the engine refuses is answered with its reasons (the engine drops them from a generated plan). */
class ProcessMigrationsTest {

    @Test
    void shouldAnswerAnInvalidMigrationPlanWithTheEnginesReasons() {
        RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
        RepositoryService repository = mock(RepositoryService.class, RETURNS_DEEP_STUBS);
        when(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionId(anyString())
                        .count())
                .thenReturn(1L);
        MigrationInstructionValidationReport instruction =
                mock(MigrationInstructionValidationReport.class, RETURNS_DEEP_STUBS);
        when(instruction.getMigrationInstruction().getSourceActivityId()).thenReturn("user_county_review");
        when(instruction.getFailures()).thenReturn(List.of("目标活动类型不同"));
        MigrationPlanValidationReport report = mock(MigrationPlanValidationReport.class);
        when(report.getInstructionReports()).thenReturn(List.of(instruction));
        when(runtime.createMigrationPlan("hiring-subsidy:1:1", "hiring-subsidy:2:2")
                        .mapEqualActivities()
                        .updateEventTriggers()
                        .build())
                .thenThrow(new MigrationPlanValidationException("invalid", report));
        ProcessMigrations migrations = new ProcessMigrations(runtime, repository);

        assertThatThrownBy(() -> migrations.migrate(new ProcessMigrations.MigrationRequest(
                        "hiring-subsidy:1:1", "hiring-subsidy:2:2", List.of(), true)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    ProblemDetail problem =
                            Problems.of(e.status(), e.code(), Problems.titleFor(e.status()), e.getMessage());
                    assertThat(problem.getStatus()).isEqualTo(422);
                    assertThat(problem.getProperties()).containsEntry("code", "MIGRATION_PLAN_INVALID");
                    assertThat(problem.getTitle()).isEqualTo("不符合政策规定");
                    assertThat(problem.getDetail()).isEqualTo("迁移方案无效：user_county_review：目标活动类型不同");
                });
    }
}
