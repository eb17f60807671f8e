package cn.xuchang.hrss.subsidy.review;

import java.time.LocalDateTime;

/** A reviewer's decision on a task: who, when, what and why. */
public record ReviewRecord(
        Long id,
        String claimId,
        String taskKey,
        String taskId,
        String decision,
        String comment,
        String decidedBy,
        LocalDateTime decidedAt) {}
