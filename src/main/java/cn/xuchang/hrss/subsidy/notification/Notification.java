package cn.xuchang.hrss.subsidy.notification;

import java.time.LocalDateTime;

/** A stored message to a user (an applicant) or a group (reviewers). */
public record Notification(
        Long id,
        String recipient,
        String recipientKind,
        String claimId,
        String kind,
        String message,
        LocalDateTime createdAt) {}
