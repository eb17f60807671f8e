package cn.xuchang.hrss.subsidy.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a stored notification by e-mail as well, to the recipient user, or to every member of the recipient group,
 * that has an e-mail address in the identity service. Only after the transaction that stored it commits. Switched on
 * with {@code skill-subsidy.mail.enabled=true} and the usual {@code spring.mail.*} settings.
 */
class MailNotifications {

    private final JavaMailSender mail;
    private final IdentityService identity;
    private final String from;

    MailNotifications(JavaMailSender mail, IdentityService identity, String from) {
        this.mail = mail;
        this.identity = identity;
        this.from = from;
    }

    void send(Notification notification) {
        List<String> addresses = new ArrayList<>();
        List<User> users = "GROUP".equals(notification.recipientKind())
                ? identity.createUserQuery()
                        .memberOfGroup(notification.recipient())
                        .list()
                : identity.createUserQuery().userId(notification.recipient()).list();
        for (User user : users) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                addresses.add(user.getEmail());
            }
        }
        if (addresses.isEmpty()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(addresses.toArray(String[]::new));
        message.setSubject("【技能补贴】" + subjectOf(notification.kind()));
        message.setText(notification.message());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mail.send(message);
                }
            });
        } else {
            mail.send(message);
        }
    }

    private static String subjectOf(String kind) {
        return switch (kind) {
            case "DUE_SOON" -> "待办任务即将到期";
            case "OVERDUE", "OVERDUE_ESCALATION" -> "待办任务已超期";
            case "PAID" -> "补助已拨付";
            default -> "消息通知";
        };
    }
}
