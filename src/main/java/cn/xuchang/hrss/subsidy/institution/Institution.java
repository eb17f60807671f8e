package cn.xuchang.hrss.subsidy.institution;

/** An evaluation or training institution; its credit code is also its login user id. */
public record Institution(
        String creditCode, String name, InstitutionKind kind, String countyCode, InstitutionStatus status) {}
