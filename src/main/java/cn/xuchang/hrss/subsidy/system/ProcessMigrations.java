package cn.xuchang.hrss.subsidy.system;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanExecutionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves running claims to a new version of their process (Cockpit's migration screen is not in the Community
 * edition): plan by matching element ids, validate, and run, or only validate with {@code dryRun}. Administrators only.
 */
@RestController
@RequestMapping("/api/v1/process-migrations")
@Tag(name = "流程版本迁移", description = "把运行中的申请迁移到新版本流程（仅管理员）")
class ProcessMigrations {

    private final RuntimeService runtime;
    private final RepositoryService repository;

    ProcessMigrations(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    record MigrationRequest(
            @NotBlank(message = "不能为空") String sourceProcessDefinitionId,
            @NotBlank(message = "不能为空") String targetProcessDefinitionId,
            List<String> processInstanceIds,
            boolean dryRun) {}

    record Instruction(String sourceActivityId, String targetActivityId) {}

    record MigrationResult(List<Instruction> instructions, long instances, boolean migrated) {}

    @PostMapping
    @Transactional
    @Operation(summary = "生成迁移方案（按相同元素 id 对应）、校验并执行；dryRun 为 true 时只校验不执行")
    MigrationResult migrate(@Valid @RequestBody MigrationRequest request) {
        for (String id : List.of(request.sourceProcessDefinitionId(), request.targetProcessDefinitionId())) {
            if (repository
                            .createProcessDefinitionQuery()
                            .processDefinitionId(id)
                            .count()
                    == 0) {
                throw ApiException.notFound("PROCESS_DEFINITION_NOT_FOUND", "没有这个流程定义：" + id);
            }
        }
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(request.sourceProcessDefinitionId(), request.targetProcessDefinitionId())
                    .mapEqualActivities()
                    .updateEventTriggers()
                    .build();
        } catch (MigrationPlanValidationException e) {
            List<String> reasons = new ArrayList<>();
            for (MigrationInstructionValidationReport report :
                    e.getValidationReport().getInstructionReports()) {
                reasons.add(report.getMigrationInstruction().getSourceActivityId() + "："
                        + String.join("，", report.getFailures()));
            }
            throw ApiException.unprocessable("MIGRATION_PLAN_INVALID", "迁移方案无效：" + String.join("；", reasons));
        }
        List<Instruction> instructions = plan.getInstructions().stream()
                .map(i -> new Instruction(i.getSourceActivityId(), i.getTargetActivityId()))
                .toList();
        MigrationPlanExecutionBuilder execution = runtime.newMigration(plan);
        long instances;
        if (request.processInstanceIds() == null || request.processInstanceIds().isEmpty()) {
            var query = runtime.createProcessInstanceQuery().processDefinitionId(request.sourceProcessDefinitionId());
            instances = query.count();
            execution = execution.processInstanceQuery(query);
        } else {
            instances = request.processInstanceIds().size();
            execution = execution.processInstanceIds(request.processInstanceIds());
        }
        if (instances == 0) {
            return new MigrationResult(instructions, instances, false);
        }
        try {
            execution.execute();
        } catch (MigratingProcessInstanceValidationException e) {
            List<String> reasons = new ArrayList<>(e.getValidationReport().getFailures());
            for (MigratingActivityInstanceValidationReport report :
                    e.getValidationReport().getActivityInstanceReports()) {
                reasons.add(report.getSourceScopeId() + "：" + String.join("，", report.getFailures()));
            }
            throw ApiException.unprocessable("MIGRATION_INSTANCE_INVALID", "申请无法迁移：" + String.join("；", reasons));
        }
        if (request.dryRun()) {
            // the engine validates the instances only while it migrates them: a dry run migrates and rolls back
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new MigrationResult(instructions, instances, false);
        }
        return new MigrationResult(instructions, instances, true);
    }
}
