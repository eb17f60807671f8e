package cn.xuchang.hrss.subsidy.registry;

public record Person(String idNumber, String name) {}
