package cn.xuchang.hrss.subsidy.review;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What a completion of a user task may carry and decide. Every user task lists in the BPMN, as extension properties, the
 * variables a completion may set ({@code inputs}, e.g. "decision,comment,ccUserId"; none when absent or empty), and a
 * review task its decisions ({@code decisions}, e.g. "APPROVE,REJECT,RETURN"), so that a redesign in Modeler carries
 * them along. A scoring task names its range ({@code scoreRange} "0,100"), a task that grants money the process
 * variables holding its limits ({@code amountRange}), a task one user may do only once per process {@code oncePerUser}
 * "true". {@link EngineCompletionRules} applies them to every completion, whatever its path.
 */
public final class ReviewRules {

    public static final String INPUTS_PROPERTY = "inputs";
    public static final String DECISIONS_PROPERTY = "decisions";
    public static final String SCORE_RANGE_PROPERTY = "scoreRange";
    public static final String AMOUNT_RANGE_PROPERTY = "amountRange";
    public static final String ONCE_PER_USER_PROPERTY = "oncePerUser";
    public static final String APPROVE = "APPROVE";
    public static final int MAX_COMMENT_LENGTH = 1000;

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("APPROVE", "通过"),
            Map.entry("REJECT", "驳回"),
            Map.entry("RETURN", "退回补正"),
            Map.entry("RECOMMEND", "推荐"),
            Map.entry("INSPECT", "现场核查"),
            Map.entry("PASS", "合格"),
            Map.entry("WARNING", "警告"),
            Map.entry("RECTIFY", "限期整改"),
            Map.entry("EXIT", "退出目录"),
            Map.entry("RECTIFIED", "整改到位"),
            Map.entry("RETURN_PREVIOUS", "退回上一环节"));

    /** Decisions that must say why: the applicant, or the public for an exit, is told the reason. */
    private static final java.util.Set<String> NEED_REASON =
            java.util.Set.of("REJECT", "RETURN", "RETURN_PREVIOUS", "WARNING", "RECTIFY", "EXIT");

    private ReviewRules() {}

    /** A camunda:property of the task in its BPMN, or null. */
    public static String propertyOf(UserTask task, String name) {
        CamundaProperty property = property(task, name);
        return property == null ? null : property.getCamundaValue();
    }

    /**
     * Whether the task declares its inputs at all: {@code inputs} present, possibly empty (a task that takes no
     * variable, such as an applicant's correction, which our API completes). A task without it cannot be completed.
     */
    public static boolean declaresInputs(UserTask task) {
        return property(task, INPUTS_PROPERTY) != null;
    }

    private static CamundaProperty property(UserTask task, String name) {
        ExtensionElements extensions = task == null ? null : task.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (name.equals(property.getCamundaName())) {
                    return property;
                }
            }
        }
        return null;
    }

    /** The variables a completion of the task may set (property {@code inputs}); empty when it declares none. */
    public static Set<String> inputsOf(UserTask task) {
        return new LinkedHashSet<>(listOf(propertyOf(task, INPUTS_PROPERTY)));
    }

    /**
     * Checks one variable a completion sets: it must be one of the task's inputs and a plain value (text, number,
     * yes/no, date or nothing), never a serialized object, JSON, XML, a file or bytes. Null when it may be set,
     * otherwise the reason in Chinese.
     */
    public static String variableRefusal(Set<String> inputs, String name, Object value) {
        String shown = SHOWABLE_NAME.matcher(name).matches() ? name : "（名称含不允许的字符）";
        if (!inputs.contains(name)) {
            return inputs.isEmpty()
                    ? "该任务办理时不接受任何变量，不能设置“" + shown + "”"
                    : "该任务办理时只能提交 " + String.join("、", inputs) + "，不能设置“" + shown + "”";
        }
        if (!isPlainValue(value)) {
            return "变量“" + shown + "”只能是文字、数字、是否或日期，不接受对象、JSON、XML、文件或二进制内容";
        }
        return null;
    }

    /** A name the refusal may repeat: Tasklist shows the message as HTML, so nothing a client sends beyond this. */
    private static final Pattern SHOWABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private static final Set<String> PLAIN_TYPES =
            Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null");

    /** A value as a client may send it: a typed value of a plain type, or an untyped plain Java value. */
    static boolean isPlainValue(Object value) {
        if (value instanceof TypedValue typed) {
            return typed.getType() == null
                    ? isPlainJavaValue(typed.getValue())
                    : PLAIN_TYPES.contains(typed.getType().getName());
        }
        return isPlainJavaValue(value);
    }

    private static boolean isPlainJavaValue(Object value) {
        return value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Double
                || value instanceof Date;
    }

    /** The decisions the task allows; empty when it is not a review task. */
    public static List<String> decisionsOf(UserTask task) {
        return listOf(propertyOf(task, DECISIONS_PROPERTY));
    }

    /**
     * The score range of a scoring task, property {@code scoreRange} (e.g. "0,100"), or null when the task takes no
     * score.
     */
    public static int[] scoreRangeOf(UserTask task) {
        List<String> bounds = listOf(propertyOf(task, SCORE_RANGE_PROPERTY));
        if (bounds.size() != 2) {
            return null;
        }
        return new int[] {Integer.parseInt(bounds.get(0)), Integer.parseInt(bounds.get(1))};
    }

    /**
     * The names of the process variables holding the lowest and highest amount a decision may grant, property
     * {@code amountRange} (e.g. "awardMinAmount,awardMaxAmount"), or an empty list when the task grants no amount.
     */
    public static List<String> amountRangeOf(UserTask task) {
        List<String> names = listOf(propertyOf(task, AMOUNT_RANGE_PROPERTY));
        return names.size() == 2 ? names : List.of();
    }

    /** Whether one user may complete only one instance of the task per process (property {@code oncePerUser}). */
    public static boolean isOncePerUser(UserTask task) {
        return "true".equalsIgnoreCase(propertyOf(task, ONCE_PER_USER_PROPERTY));
    }

    private static List<String> listOf(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Checks a score against the task's range; null when it may be recorded, otherwise the reason in Chinese. */
    public static String scoreRefusal(int[] range, Object score) {
        Long value = wholeNumber(score);
        if (value == null || value < range[0] || value > range[1]) {
            return "评分（score）必须是 " + range[0] + " 到 " + range[1] + " 之间的整数";
        }
        return null;
    }

    /** A free-text comment of a scoring task: text of at most {@link #MAX_COMMENT_LENGTH} characters, or none. */
    public static String commentRefusal(Object comment) {
        if (comment != null && !(comment instanceof String)) {
            return "评审意见（comment）必须是文字";
        }
        if (comment instanceof String text && text.strip().length() > MAX_COMMENT_LENGTH) {
            return "评审意见不能超过 " + MAX_COMMENT_LENGTH + " 个字";
        }
        return null;
    }

    /**
     * Checks the amount a decision grants: only an approval grants one; it must be a whole number of yuan between the
     * lowest and the highest amount. When both are the same (a fixed amount) the amount may be left out.
     */
    public static String amountRefusal(Object decision, Object amount, Object lowest, Object highest) {
        if (!APPROVE.equals(decision)) {
            return null;
        }
        Long min = wholeNumber(lowest);
        Long max = wholeNumber(highest);
        if (min == null || max == null) {
            return "该任务没有可用的金额标准，请联系管理员核对决策表";
        }
        if (amount == null && min.equals(max)) {
            return null;
        }
        Long value = wholeNumber(amount);
        if (value == null || value < min || value > max) {
            return min.equals(max)
                    ? "核定金额（amount）为固定标准 " + min + " 元"
                    : "核定金额（amount）必须是 " + min + " 到 " + max + " 元之间的整数";
        }
        return null;
    }

    /** The amount an approval grants: the amount given, or the fixed amount when none was given. */
    public static Long grantedAmount(Object amount, Object lowest) {
        Long value = wholeNumber(amount);
        return value != null ? value : wholeNumber(lowest);
    }

    /** A whole number given as a number (Integer, Long, or a Double without fraction); null for anything else. */
    public static Long wholeNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d) || d != Math.rint(d) || Math.abs(d) > 1e15) {
                return null;
            }
            return (long) d;
        }
        return null;
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
