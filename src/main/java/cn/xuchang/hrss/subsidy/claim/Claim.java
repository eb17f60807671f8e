package cn.xuchang.hrss.subsidy.claim;

import cn.xuchang.hrss.subsidy.ledger.Scheme;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A claim as stored; {@code applicantId} is the applicant's credit code and login user id. */
public record Claim(
        String id,
        Scheme scheme,
        String applicantId,
        String applicantName,
        String countyCode,
        Integer claimYear,
        ClaimStatus status,
        BigDecimal totalAmount,
        String processInstanceId,
        LocalDateTime submittedAt,
        LocalDateTime updatedAt) {}
