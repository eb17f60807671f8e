package cn.xuchang.hrss.subsidy.notification;

import cn.xuchang.hrss.subsidy.kernel.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "消息通知", description = "申请人与审核人员收到的消息")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "当前用户（及其所在用户组）收到的最近 200 条消息，最新的在前")
    List<Notification> mine() {
        CurrentUser user = CurrentUser.get();
        return notifications.forUser(user.id(), user.groups());
    }
}
