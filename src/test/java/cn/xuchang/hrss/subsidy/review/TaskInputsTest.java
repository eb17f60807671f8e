package cn.xuchang.hrss.subsidy.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.kernel.EngineRefusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a completion may set: the task's declared inputs, as plain values. Every user task of every BPMN declares its
 * inputs, and the fields its form submits are exactly those inputs, so that Tasklist's own submission passes the rule.
 */
class TaskInputsTest {

    private static final Set<String> INPUTS = Set.of("decision", "comment", "ccUserId");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAcceptADeclaredInputWithAPlainValue() {
        for (Object value : new Object[] {
            "APPROVE",
            null,
            42,
            42L,
            (short) 4,
            4.5,
            true,
            new Date(),
            Variables.stringValue("同意"),
            Variables.integerValue(80),
            Variables.untypedValue("同意"),
            Variables.untypedNullValue()
        }) {
            assertThat(ReviewRules.variableRefusal(INPUTS, "comment", value))
                    .as(String.valueOf(value))
                    .isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("routingVariables")
    void shouldRefuseAVariableTheTaskDoesNotDeclare(String name) {
        assertThat(ReviewRules.variableRefusal(INPUTS, name, "city"))
                .startsWith("该任务办理时只能提交")
                .endsWith("不能设置“" + name + "”");
    }

    static Stream<String> routingVariables() {
        return Stream.of("returnedTo", "returnedFrom", "awardMaxAmount", "reviewOutcome", "applicantId", "Decision");
    }

    @Test
    void shouldNotRepeatAVariableNameThatTasklistWouldShowAsHtml() {
        assertThat(ReviewRules.variableRefusal(INPUTS, "<img src=x onerror=alert(1)>", "x"))
                .endsWith("不能设置“（名称含不允许的字符）”")
                .doesNotContain("<");
    }

    @Test
    void shouldRefuseEveryVariableOnATaskThatDeclaresNone() {
        assertThat(ReviewRules.variableRefusal(Set.of(), "returnedTo", "me")).startsWith("该任务办理时不接受任何变量");
    }

    @Test
    void shouldRefuseADeclaredInputSentAsAnObjectJsonXmlFileOrBytes() {
        byte[] bytes = "同意".getBytes(StandardCharsets.UTF_8);
        for (Object value : new Object[] {
            Variables.objectValue(new HashMap<>(Map.of("text", "同意"))).create(),
            Variables.serializedObjectValue("{}")
                    .serializationDataFormat("application/json")
                    .objectTypeName("java.util.HashMap")
                    .create(),
            SpinValues.jsonValue("{\"text\":\"同意\"}").create(),
            SpinValues.xmlValue("<text>同意</text>").create(),
            Variables.fileValue("comment.txt").file(bytes).create(),
            Variables.byteArrayValue(bytes),
            bytes,
            new HashMap<>(Map.of("text", "同意")),
            List.of("同意"),
            new BigDecimal("1.5"),
            Variables.untypedValue(List.of("同意"))
        }) {
            assertThat(ReviewRules.variableRefusal(INPUTS, "comment", value))
                    .as(String.valueOf(value))
                    .startsWith("变量“comment”只能是文字、数字、是否或日期");
        }
    }

    @Test
    void shouldDeclareTheInputsOfEveryUserTask() throws IOException {
        Map<String, Set<String>> inputs = new HashMap<>();
        for (Path file : files("bpmn", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = file.getFileName() + "#" + task.getId();
                assertThat(declaresInputs(task)).as(where).isTrue();
                inputs.put(where, ReviewRules.inputsOf(task));
            }
        }

        assertThat(inputs)
                .containsEntry("hiring-subsidy.bpmn#user_county_review", Set.of("decision", "comment", "ccUserId"))
                .containsEntry("startup-award.bpmn#user_city_decision", Set.of("decision", "amount", "comment"))
                .containsEntry("startup-award.bpmn#user_expert_scoring", Set.of("score", "comment"))
                .containsEntry("hiring-subsidy.bpmn#user_correct_claim", Set.of())
                .containsEntry("startup-award.bpmn#user_correct_application", Set.of())
                .allSatisfy((task, declared) -> assertThat(declared)
                        .as(task)
                        .doesNotContain("returnedTo", "returnedFrom", "awardMinAmount", "awardMaxAmount"));
    }

    /** Whether the task has the property at all: an empty {@code inputs} declares that it takes none. */
    private static boolean declaresInputs(UserTask task) {
        return task.getExtensionElements() != null
                && task.getExtensionElements().getChildElementsByType(CamundaProperties.class).stream()
                        .flatMap(properties -> properties.getCamundaProperties().stream())
                        .anyMatch(property -> ReviewRules.INPUTS_PROPERTY.equals(property.getCamundaName()));
    }

    @Test
    void shouldSubmitExactlyTheTasksInputsFromEachForm() throws IOException {
        for (Path file : files("bpmn", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String form = task.getCamundaFormRef();
                if (form == null) {
                    continue;
                }
                assertThat(submittedFields(Path.of("forms", form + ".form")))
                        .as(file.getFileName() + "#" + task.getId() + " with form " + form)
                        .isEqualTo(ReviewRules.inputsOf(task));
            }
        }
    }

    /** The keys form-js submits: every keyed field that is not disabled (a disabled field is only shown). */
    private static Set<String> submittedFields(Path form) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        collect(JSON.readTree(form.toFile()).path("components"), keys);
        return keys;
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
                keys.add(component.path("key").asText());
            }
            collect(component.path("components"), keys);
        }
    }

    @Test
    void shouldFindTheRefusalBehindTheRestLayersWrapping() {
        EngineRefusal refusal = EngineRefusal.badRequest("VARIABLE_NOT_ALLOWED", "不能设置");
        RuntimeException wrapped = new RuntimeException("Cannot complete task", new IllegalStateException(refusal));

        assertThat(EngineRefusalResponses.refusalIn(wrapped)).isSameAs(refusal);
        assertThat(EngineRefusalResponses.refusalIn(new RuntimeException("other")))
                .isNull();
        assertThat(EngineRefusalResponses.refusalIn(null)).isNull();
    }

    private static List<Path> files(String directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
