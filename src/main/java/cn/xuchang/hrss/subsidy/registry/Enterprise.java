package cn.xuchang.hrss.subsidy.registry;

/** A registered enterprise; its login user id is its credit code. */
public record Enterprise(String creditCode, String name, EnterpriseScale scale, String countyCode) {}
