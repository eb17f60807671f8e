package cn.xuchang.hrss.subsidy.referral;

/** An HR service agency (人力资源服务机构) registered to claim referral subsidies; its login user is its credit code. */
public record Agency(String creditCode, String name, String countyCode) {}
