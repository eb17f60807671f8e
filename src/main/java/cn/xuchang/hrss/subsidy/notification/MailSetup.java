package cn.xuchang.hrss.subsidy.notification;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail for notifications, off unless {@code skill-subsidy.mail.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "skill-subsidy.mail.enabled", havingValue = "true")
class MailSetup {

    @Bean
    MailNotifications mailNotifications(
            JavaMailSender mail, IdentityService identity, @Value("${skill-subsidy.mail.from}") String from) {
        return new MailNotifications(mail, identity, from);
    }
}
