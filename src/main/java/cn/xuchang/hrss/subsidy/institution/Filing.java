package cn.xuchang.hrss.subsidy.institution;

import java.time.LocalDateTime;

/** An institution's filing to be put on the catalogue; its process has the filing id as business key. */
public record Filing(
        String id,
        String institutionCreditCode,
        FilingStatus status,
        String processInstanceId,
        LocalDateTime submittedAt,
        LocalDateTime updatedAt) {}
