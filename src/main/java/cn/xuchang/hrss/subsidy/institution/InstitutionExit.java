package cn.xuchang.hrss.subsidy.institution;

import java.time.LocalDateTime;

/** An exit procedure against an institution; its process has the procedure's id as business key. */
public record InstitutionExit(
        String id,
        String institutionCreditCode,
        ExitTrigger triggerKind,
        String description,
        ExitStatus status,
        String startedBy,
        String processInstanceId,
        LocalDateTime startedAt,
        LocalDateTime updatedAt) {}
