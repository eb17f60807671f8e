package cn.xuchang.hrss.subsidy.notification;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/** Stores messages for applicants and reviewers; they read them through the API. */
@Service
public class Notifications {

    private final NotificationMapper notifications;

    Notifications(NotificationMapper notifications) {
        this.notifications = notifications;
    }

    public void toUser(String userId, String claimId, String kind, String message) {
        notifications.insert(new Notification(null, userId, "USER", claimId, kind, message, LocalDateTime.now()));
    }

    public void toGroup(String groupId, String claimId, String kind, String message) {
        notifications.insert(new Notification(null, groupId, "GROUP", claimId, kind, message, LocalDateTime.now()));
    }

    public List<Notification> forUser(String userId, Collection<String> groups) {
        return notifications.findFor(userId, groups, 200);
    }

    public List<Notification> ofClaim(String claimId) {
        return notifications.findByClaim(claimId);
    }
}
