package cn.xuchang.hrss.subsidy.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.junit.jupiter.api.Test;

/** The password policy's rules, as a Chinese-speaking applicant reads them in a WEAK_PASSWORD answer. */
class PasswordsTest {

    private final List<PasswordPolicyRule> policy = new DefaultPasswordPolicyImpl().getRules();

    @Test
    void shouldNameEveryRuleOfTheEnginesDefaultPolicyInChinese() {
        String requirements = Passwords.requirements(policy);

        assertThat(requirements)
                .contains("至少 10 个字符", "至少含 1 个小写字母", "至少含 1 个大写字母", "至少含 1 个数字", "至少含 1 个特殊字符", "不得包含账户名、名称或电子邮箱")
                .doesNotContain("PASSWORD_POLICY");
    }

    @Test
    void shouldSayWhichRulesAPasswordBreaksAndWhatIsRequired() {
        List<PasswordPolicyRule> violated =
                List.of(new PasswordPolicyLengthRuleImpl(10), new PasswordPolicyDigitRuleImpl(1));

        String detail = Passwords.describe(violated, policy);

        assertThat(detail).startsWith("密码不符合密码规则：至少 10 个字符，至少含 1 个数字。新密码的要求：").endsWith("至少含 1 个特殊字符（如 ! @ # - _）");
    }

    @Test
    void shouldDescribeTheUserDataRuleWithoutParameters() {
        assertThat(Passwords.describe(new PasswordPolicyUserDataRuleImpl())).isEqualTo("不得包含账户名、名称或电子邮箱");
    }
}
