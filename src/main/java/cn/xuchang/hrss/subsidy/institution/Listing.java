package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.time.LocalDate;

/**
 * One period in which an institution was on the catalogue for an occupation and level ({@code level} null: the
 * special vocational ability of the occupation). {@code listedUntil} null: still listed.
 */
public record Listing(
        Long id,
        String institutionCreditCode,
        String occupation,
        SkillLevel level,
        String filingId,
        LocalDate listedFrom,
        LocalDate listedUntil) {}
