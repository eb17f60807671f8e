package cn.xuchang.hrss.subsidy.portal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line as the applicant reads its result: who or what, whether eligible, how much, and why not in words. */
public record ResultLine(
        int lineNo,
        String subject,
        String name,
        String employer,
        LocalDate date,
        boolean eligible,
        BigDecimal amount,
        String reasons) {}
