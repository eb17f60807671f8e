package cn.xuchang.hrss.subsidy.registry;

import java.time.LocalDate;

/**
 * A vocational certificate held by a person; {@code level} is null for a special vocational ability. {@code occupation}
 * is the occupation's catalogue code (occupation/Occupations; its name for people: {@code Occupations#nameOf}).
 */
public record Certificate(
        String certificateNo,
        String idNumber,
        CertificateKind kind,
        String occupation,
        SkillLevel level,
        LocalDate issuedOn,
        String issuerCreditCode) {}
