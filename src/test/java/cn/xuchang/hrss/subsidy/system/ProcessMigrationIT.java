package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator moves a running claim to a redesigned process version, which it then finishes on. */
class ProcessMigrationIT extends ApiIntegrationTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Test
    void shouldMigrateARunningClaimToTheRedesignAndLetItContinueThere() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 8, 1);
        Response claim = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired));
        String instanceId = claim.text("processInstanceId");
        String source = runtime.createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getProcessDefinitionId();
        String target = deployRedesign("县区初审", "县区初审（新版）");

        Response dryRun = admin().post("/api/v1/process-migrations", request(source, target, instanceId, true));
        Response migrated = admin().post("/api/v1/process-migrations", request(source, target, instanceId, false));

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.body().path("migrated").asBoolean()).isFalse();
        assertThat(dryRun.body().path("instructions").findValuesAsText("sourceActivityId"))
                .contains("user_county_review");
        assertThat(migrated.status()).as(migrated.toString()).isEqualTo(200);
        assertThat(migrated.body().path("migrated").asBoolean()).isTrue();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instanceId)
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(target);
        String taskId = taskOf(COUNTY_WEIDU, claim.text("id"), "user_county_review");
        // the engine keeps a migrated task as it was (its name too); it now belongs to the new version
        assertThat(as(COUNTY_WEIDU).get("/engine-rest/task/" + taskId).text("processDefinitionId"))
                .isEqualTo(target);
        assertThat(decide(COUNTY_WEIDU, taskId, "APPROVE", "新版流程中通过").status()).isEqualTo(204);
        assertThat(claim(enterprise, claim.text("id")).path("status").asText()).isEqualTo("CITY_REVIEW");
    }

    @Test
    void shouldRefuseInADryRunAnInstanceThatCannotMigrateAndLeaveItAsItWas() {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 8, 1);
        Response claim = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired));
        String instanceId = claim.text("processInstanceId");
        String source = runtime.createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getProcessDefinitionId();
        // the filing process has no county review: nothing to move the waiting task to
        String unrelated = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("institution-filing")
                .latestVersion()
                .singleResult()
                .getId();

        Response dryRun = admin().post("/api/v1/process-migrations", request(source, unrelated, instanceId, true));

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(422);
        assertThat(dryRun.code()).isEqualTo("MIGRATION_INSTANCE_INVALID");
        assertThat(dryRun.text("title")).isEqualTo("不符合政策规定");
        assertThat(dryRun.text("detail")).startsWith("申请无法迁移").contains("user_county_review");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instanceId)
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(source);
        assertThat(taskOf(COUNTY_WEIDU, claim.text("id"), "user_county_review")).isNotNull();
    }

    @Test
    void shouldMigrateNothingInAValidDryRun() throws Exception {
        String enterprise = enterprise("SMALL", WEIDU);
        LocalDate hired = LocalDate.of(2025, 8, 1);
        Response claim = submitHiring(enterprise, 2025, hires(eligibleHire(enterprise, hired), hired));
        String instanceId = claim.text("processInstanceId");
        String source = runtime.createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getProcessDefinitionId();
        deployRedesign("县区初审", "县区初审（新版）");
        String target = repository.createProcessDefinitionQuery().processDefinitionKey("hiring-subsidy").list().stream()
                .map(ProcessDefinition::getId)
                .filter(id -> !id.equals(source))
                .findFirst()
                .orElseThrow();

        Response dryRun = admin().post("/api/v1/process-migrations", request(source, target, instanceId, true));

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.body().path("migrated").asBoolean()).isFalse();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instanceId)
                        .singleResult()
                        .getProcessDefinitionId())
                .as("a dry run leaves the instance on its version")
                .isEqualTo(source);
    }

    @Test
    void shouldRefuseAMigrationByANonAdministratorAndAnUnknownDefinition() {
        Response byReviewer = as(CITY).post("/api/v1/process-migrations", request("a", "b", null, true));
        Response unknown =
                admin().post("/api/v1/process-migrations", request("no-such:1:1", "no-such:2:2", null, true));

        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("PROCESS_DEFINITION_NOT_FOUND");
    }

    private String deployRedesign(String from, String to) throws Exception {
        String bpmn = Files.readString(Path.of("bpmn/hiring-subsidy.bpmn"), StandardCharsets.UTF_8)
                .replace("name=\"" + from + "\"", "name=\"" + to + "\"");
        Response deployed = admin().deploy(
                        "hiring-subsidy-redesign-" + System.nanoTime(),
                        Map.of(
                                "hiring-subsidy.bpmn", bpmn.getBytes(StandardCharsets.UTF_8),
                                "hiring-claim-review.form",
                                        Files.readAllBytes(Path.of("forms/hiring-claim-review.form")),
                                "public-objection-review.form",
                                        Files.readAllBytes(Path.of("forms/public-objection-review.form"))));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
        ProcessDefinition latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("hiring-subsidy")
                .latestVersion()
                .singleResult();
        return latest.getId();
    }

    private static Map<String, Object> request(String source, String target, String instanceId, boolean dryRun) {
        return Map.of(
                "sourceProcessDefinitionId", source,
                "targetProcessDefinitionId", target,
                "processInstanceIds", instanceId == null ? List.of() : List.of(instanceId),
                "dryRun", dryRun);
    }
}
