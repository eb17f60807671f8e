package cn.xuchang.hrss.subsidy.kernel;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The engine's password policy ({@code enable-password-policy} in application.yaml: Camunda's default rules), as our
 * API answers it: a new password that breaks a rule is 400 {@code WEAK_PASSWORD} with the rules in Chinese. The same
 * policy guards every other way to set a password (Camunda Admin, {@code /engine-rest/user}), because the engine checks
 * it on every save of a new password.
 */
@Component
public class Passwords {

    private final IdentityService identity;

    Passwords(IdentityService identity) {
        this.identity = identity;
    }

    /** Refuses a new password of the user (new or stored, with its name set) that breaks the policy. */
    public void requireAllowed(User user, String password) {
        PasswordPolicy policy = identity.getPasswordPolicy();
        if (policy == null) {
            return;
        }
        PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
        if (!result.isValid()) {
            throw ApiException.badRequest("WEAK_PASSWORD", describe(result.getViolatedRules(), policy.getRules()));
        }
    }

    /** Whether the password meets the policy, for start-up settings such as the first administrator's password. */
    public boolean isAllowed(User user, String password) {
        PasswordPolicy policy = identity.getPasswordPolicy();
        return policy == null
                || identity.checkPasswordAgainstPolicy(password, user).isValid();
    }

    /** The policy's rules in Chinese, e.g. for a log line or a form's hint. */
    public String requirements() {
        PasswordPolicy policy = identity.getPasswordPolicy();
        return policy == null ? "无" : requirements(policy.getRules());
    }

    static String describe(List<PasswordPolicyRule> violated, List<PasswordPolicyRule> all) {
        return "密码不符合密码规则：" + requirements(violated) + "。新密码的要求：" + requirements(all);
    }

    static String requirements(List<PasswordPolicyRule> rules) {
        return rules.stream().map(Passwords::describe).collect(Collectors.joining("，"));
    }

    /** One rule in words; the placeholders are those of the engine's rules, which the webapps translate too. */
    static String describe(PasswordPolicyRule rule) {
        Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "至少 " + p.get("minLength") + " 个字符";
            case "PASSWORD_POLICY_LOWERCASE" -> "至少含 " + p.get("minLowerCase") + " 个小写字母";
            case "PASSWORD_POLICY_UPPERCASE" -> "至少含 " + p.get("minUpperCase") + " 个大写字母";
            case "PASSWORD_POLICY_DIGIT" -> "至少含 " + p.get("minDigit") + " 个数字";
            case "PASSWORD_POLICY_SPECIAL" -> "至少含 " + p.get("minSpecial") + " 个特殊字符（如 ! @ # - _）";
            case "PASSWORD_POLICY_USER_DATA" -> "不得包含账户名、名称或电子邮箱";
            default -> "符合规则 " + rule.getPlaceholder();
        };
    }
}
