package cn.xuchang.hrss.subsidy.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * What the applicant changed in a returned and resubmitted claim, line by line (added, removed, changed), for the
 * reviewer's form: the process variable {@value #VARIABLE}, computed when the claim is validated again from the lines
 * the reviewers saw before ({@link ClaimVariables#CLAIM_ITEMS}) and the new ones. Lines are matched by their subject
 * (ID number or certificate number). Absent for a first submission.
 */
public final class ClaimChanges {

    public static final String VARIABLE = "claimChanges";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COMPARED = List.of("name", "date", "employer", "eligible", "amount", "reasons");
    private static final Map<String, String> LABELS = Map.of(
            "name", "姓名",
            "date", "日期",
            "employer", "用人单位",
            "eligible", "校验结果",
            "amount", "金额",
            "reasons", "不符合原因");

    private ClaimChanges() {}

    /**
     * Stores the changes between the lines the process holds and the new view. Nothing at the first validation: the
     * variable is absent until a correction, and the form's table shows an absent list as it shows an empty one.
     */
    static void publish(DelegateExecution execution, List<Map<String, Object>> now) {
        List<Map<String, Object>> before = previous(execution);
        if (before == null) {
            return;
        }
        List<Map<String, Object>> changes = between(before, now);
        execution.setVariable(
                VARIABLE,
                Variables.objectValue(new ArrayList<>(changes))
                        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                        .create());
    }

    /** The lines added, removed and changed from {@code before} to {@code now}, as rows of the form's table. */
    static List<Map<String, Object>> between(List<Map<String, Object>> before, List<Map<String, Object>> now) {
        Map<String, Map<String, Object>> old = bySubject(before);
        Map<String, Map<String, Object>> current = bySubject(now);
        List<Map<String, Object>> changes = new ArrayList<>();
        current.forEach((subject, line) -> {
            Map<String, Object> was = old.get(subject);
            if (was == null) {
                changes.add(row("新增", line, ""));
                return;
            }
            List<String> details = new ArrayList<>();
            for (String field : COMPARED) {
                if (!Objects.equals(text(was.get(field)), text(line.get(field)))) {
                    details.add(LABELS.get(field) + "：" + text(was.get(field)) + " → " + text(line.get(field)));
                }
            }
            if (!details.isEmpty()) {
                changes.add(row("修改", line, String.join("；", details)));
            }
        });
        old.forEach((subject, line) -> {
            if (!current.containsKey(subject)) {
                changes.add(row("删除", line, ""));
            }
        });
        return changes;
    }

    private static Map<String, Object> row(String change, Map<String, Object> line, String detail) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("change", change);
        row.put("name", text(line.get("name")));
        row.put("subject", text(line.get("subject")));
        row.put("detail", detail);
        return row;
    }

    private static Map<String, Map<String, Object>> bySubject(List<Map<String, Object>> lines) {
        Map<String, Map<String, Object>> map = new LinkedHashMap<>();
        for (Map<String, Object> line : lines) {
            map.putIfAbsent(text(line.get("subject")), line);
        }
        return map;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static List<Map<String, Object>> previous(DelegateExecution execution) {
        if (!(execution.getVariableTyped(ClaimVariables.CLAIM_ITEMS, false) instanceof ObjectValue stored)
                || stored.getValueSerialized() == null) {
            return null;
        }
        try {
            return JSON.readValue(stored.getValueSerialized(), new TypeReference<List<Map<String, Object>>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim items are no JSON list", e);
        }
    }
}
