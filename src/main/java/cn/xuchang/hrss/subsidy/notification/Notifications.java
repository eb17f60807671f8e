package cn.xuchang.hrss.subsidy.notification;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** Stores messages for applicants and reviewers, who read them through the API, and mails them when mail is on. */
@Service
public class Notifications {

    private final NotificationMapper notifications;
    private final Optional<MailNotifications> mail;

    @Autowired
    Notifications(NotificationMapper notifications, Optional<MailNotifications> mail) {
        this.notifications = notifications;
        this.mail = mail;
    }

    /** Notifications that are stored only, never mailed. */
    public Notifications(NotificationMapper notifications) {
        this(notifications, Optional.empty());
    }

    public void toUser(String userId, String claimId, String kind, String message) {
        store(new Notification(null, userId, "USER", claimId, kind, message, LocalDateTime.now()));
    }

    public void toGroup(String groupId, String claimId, String kind, String message) {
        store(new Notification(null, groupId, "GROUP", claimId, kind, message, LocalDateTime.now()));
    }

    private void store(Notification notification) {
        notifications.insert(notification);
        mail.ifPresent(sender -> sender.send(notification));
    }

    public List<Notification> forUser(String userId, Collection<String> groups) {
        return notifications.findFor(userId, groups, 200);
    }

    public List<Notification> ofClaim(String claimId) {
        return notifications.findByClaim(claimId);
    }
}
