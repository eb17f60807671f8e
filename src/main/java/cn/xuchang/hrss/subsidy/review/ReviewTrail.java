package cn.xuchang.hrss.subsidy.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * The decisions taken so far on an application, as the next review form shows them (who, when, which step, what,
 * why): the process variable {@value #VARIABLE}, a JSON list that {@link RecordReviewDecision} extends after each
 * decision. The forms show it in a table, which form-js never submits, so it is no input of any task; a reviewer
 * cannot set it (it is no declared input, and of type Object).
 */
public final class ReviewTrail {

    public static final String VARIABLE = "reviewTrail";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReviewTrail() {}

    /** Adds a decision to the application's trail. */
    public static void append(
            DelegateTask task, String reviewer, String decision, String comment, LocalDateTime decidedAt) {
        List<Map<String, Object>> trail = read(task);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("decidedAt", WHEN.format(decidedAt));
        entry.put("step", task.getName());
        entry.put("decidedBy", reviewer);
        entry.put("decision", ReviewRules.label(decision));
        entry.put("comment", comment == null ? "" : comment);
        trail.add(entry);
        task.getExecution()
                .setVariable(
                        VARIABLE,
                        Variables.objectValue(trail)
                                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                                .create());
    }

    /** The trail so far, read from its JSON text (whatever Java type the engine recorded for it). */
    static List<Map<String, Object>> read(DelegateTask task) {
        if (!(task.getExecution().getVariableTyped(VARIABLE, false) instanceof ObjectValue stored)
                || stored.getValueSerialized() == null) {
            return new ArrayList<>();
        }
        try {
            return JSON.readValue(stored.getValueSerialized(), new TypeReference<ArrayList<Map<String, Object>>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("review trail is no JSON list", e);
        }
    }
}
