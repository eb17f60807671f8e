package cn.xuchang.hrss.subsidy.review;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What a reviewer may decide on a task. A review task lists its decisions in the BPMN as the extension property
 * {@code decisions} (e.g. "APPROVE,REJECT,RETURN"), so that a redesign in Modeler carries them along.
 */
public final class ReviewRules {

    public static final String DECISIONS_PROPERTY = "decisions";
    public static final int MAX_COMMENT_LENGTH = 1000;

    private static final Map<String, String> LABELS = Map.of(
            "APPROVE", "通过",
            "REJECT", "驳回",
            "RETURN", "退回补正",
            "RECOMMEND", "推荐",
            "INSPECT", "现场核查",
            "WARNING", "警告",
            "RECTIFY", "限期整改",
            "EXIT", "退出目录",
            "RECTIFIED", "整改到位",
            "RETURN_PREVIOUS", "退回上一环节");

    /** Decisions that must say why: the applicant, or the public for an exit, is told the reason. */
    private static final java.util.Set<String> NEED_REASON =
            java.util.Set.of("REJECT", "RETURN", "RETURN_PREVIOUS", "WARNING", "RECTIFY", "EXIT");

    private ReviewRules() {}

    /** A camunda:property of the task in its BPMN, or null. */
    public static String propertyOf(UserTask task, String name) {
        ExtensionElements extensions = task == null ? null : task.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (name.equals(property.getCamundaName())) {
                    return property.getCamundaValue();
                }
            }
        }
        return null;
    }

    /** The decisions the task allows; empty when it is not a review task. */
    public static List<String> decisionsOf(UserTask task) {
        ExtensionElements extensions = task == null ? null : task.getExtensionElements();
        if (extensions == null) {
            return List.of();
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (DECISIONS_PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                    return Arrays.stream(property.getCamundaValue().split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
                }
            }
        }
        return List.of();
    }

    /**
     * Checks a decision and its comment; returns null when they may be recorded, otherwise the reason in Chinese.
     * A rejection or a return must say why.
     */
    public static String refusal(List<String> allowed, Object decision, Object comment) {
        if (!(decision instanceof String d) || !allowed.contains(d)) {
            return "审核决定（decision）必须是以下之一："
                    + String.join(
                            "、",
                            allowed.stream().map(a -> a + "（" + label(a) + "）").toList());
        }
        if (comment != null && !(comment instanceof String)) {
            return "审核意见（comment）必须是文字";
        }
        String text = comment == null ? "" : ((String) comment).strip();
        if (NEED_REASON.contains(d) && text.isEmpty()) {
            return "驳回、退回补正、警告、限期整改或退出目录时必须填写审核意见（comment）";
        }
        if (text.length() > MAX_COMMENT_LENGTH) {
            return "审核意见不能超过 " + MAX_COMMENT_LENGTH + " 个字";
        }
        return null;
    }

    public static String label(String decision) {
        return LABELS.getOrDefault(decision, decision);
    }
}
