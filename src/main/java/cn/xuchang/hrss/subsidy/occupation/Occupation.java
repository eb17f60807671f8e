package cn.xuchang.hrss.subsidy.occupation;

/** An occupation of the national occupational classification (国家职业分类大典): its code and its name. */
public record Occupation(String code, String name) {}
