package cn.xuchang.hrss.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * Deploying from Camunda Modeler: the same multipart call to /engine-rest/deployment/create, with HTTP Basic. Only
 * administrators may deploy, and a diagram that references something that does not exist is refused by name.
 */
class DeploymentGuardIT extends ApiIntegrationTest {

    @Test
    void shouldLetAnAdministratorRedeployTheHiringProcessFromModeler() throws Exception {
        byte[] bpmn = Files.readAllBytes(Path.of("bpmn/hiring-subsidy.bpmn"));
        byte[] form = Files.readAllBytes(Path.of("forms/hiring-claim-review.form"));
        byte[] objection = Files.readAllBytes(Path.of("forms/public-objection-review.form"));

        Response deployed = admin().deploy(
                        "hiring-subsidy-redesign",
                        Map.of(
                                "hiring-subsidy.bpmn", bpmn,
                                "hiring-claim-review.form", form,
                                "public-objection-review.form", objection));

        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
        assertThat(deployed.body().path("deployedProcessDefinitions")).isNotEmpty();
    }

    @Test
    void shouldRefuseADeploymentByAReviewer() {
        Response refused = as(CITY).deploy("by-reviewer", Map.of("ok.bpmn", xml(valid())));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void shouldAcceptADiagramWhoseReferencesAllExist() {
        Response deployed = admin().deploy("valid", Map.of("valid.bpmn", xml(valid())));

        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
    }

    @Test
    void shouldRefuseADelegateBeanThatDoesNotExistNamingTheElement() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard_bean")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .serviceTask("service_pay_everyone")
                .name("全部拨付")
                .camundaDelegateExpression("${payEveryone}")
                .endEvent()
                .done();

        assertRefused(model, "service_pay_everyone", "payEveryone");
    }

    @Test
    void shouldRefuseACandidateGroupThatDoesNotExist() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard_group")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("user_province_review")
                .camundaCandidateGroups("province-reviewer")
                .endEvent()
                .done();

        assertRefused(model, "user_province_review", "province-reviewer");
    }

    @Test
    void shouldRefuseAFormThatIsNotDeployed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard_form")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("user_review_with_missing_form")
                .camundaCandidateGroups("city-reviewer")
                .camundaFormRef("no-such-form")
                .camundaFormRefBinding("deployment")
                .endEvent()
                .done();

        assertRefused(model, "user_review_with_missing_form", "no-such-form");
    }

    @Test
    void shouldRefuseADecisionThatDoesNotExist() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard_decision")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .businessRuleTask("rule_missing_table")
                .camundaDecisionRef("no-such-decision")
                .endEvent()
                .done();

        assertRefused(model, "rule_missing_table", "no-such-decision");
    }

    @Test
    void shouldRefuseAJavaClassDelegate() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard_class")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .serviceTask("service_by_class")
                .camundaClass("com.example.Pay")
                .endEvent()
                .done();

        assertRefused(model, "service_by_class", "camunda:class");
    }

    @Test
    void shouldRefuseAUserTaskThatDeclaresNoInputs() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard_inputs")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("user_city_sign_off")
                .camundaCandidateGroups("city-reviewer")
                .endEvent()
                .done();

        assertRefused(model, "user_city_sign_off", "inputs");
    }

    private void assertRefused(BpmnModelInstance model, String element, String reference) {
        Response refused = admin().deploy("broken-" + element, Map.of(element + ".bpmn", xml(model)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text("message")).contains("部署被拒绝").contains(element).contains(reference);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT WHERE NAME_ = ?", Integer.class, "broken-" + element))
                .isZero();
    }

    private static BpmnModelInstance valid() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard_valid")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("user_city_check")
                .camundaCandidateGroups("city-reviewer,county-reviewer-${countyCode}")
                .serviceTask("service_notify")
                .camundaDelegateExpression("${notifyApplicant}")
                .endEvent()
                .done();
        return withInputs(model, "user_city_check", "decision,comment");
    }

    /** Declares the inputs of a user task, as our BPMN files do (extension property {@code inputs}). */
    private static BpmnModelInstance withInputs(BpmnModelInstance model, String taskId, String inputs) {
        UserTask task = model.getModelElementById(taskId);
        ExtensionElements extensions = task.getExtensionElements();
        if (extensions == null) {
            extensions = model.newInstance(ExtensionElements.class);
            task.setExtensionElements(extensions);
        }
        CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName("inputs");
        property.setCamundaValue(inputs);
        properties.getCamundaProperties().add(property);
        return model;
    }

    private static byte[] xml(BpmnModelInstance model) {
        return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    }
}
