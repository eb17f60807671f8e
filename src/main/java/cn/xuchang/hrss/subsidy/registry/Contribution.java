package cn.xuchang.hrss.subsidy.registry;

/** One month of employee social insurance paid by an employer for a person; contributionMonth is {@code YYYY-MM}. */
public record Contribution(String idNumber, String employerCreditCode, String contributionMonth) {}
