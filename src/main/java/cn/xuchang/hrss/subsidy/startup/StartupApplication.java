package cn.xuchang.hrss.subsidy.startup;

import java.math.BigDecimal;

/** What an entrepreneurship award application says; its status and amount are on the claim with the same id. */
public record StartupApplication(
        String claimId,
        StartupCategory category,
        String title,
        String founderIdNumber,
        BigDecimal investment,
        int jobsCreated,
        String description,
        String attachments,
        BigDecimal scoreMean) {}
