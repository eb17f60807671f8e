package cn.xuchang.hrss.subsidy.claim;

/** The person a line's subject (a certificate number, a voucher code) belongs to. */
public record SubjectPerson(String subject, String idNumber) {}
