package cn.xuchang.hrss.subsidy.ledger;

/** A subsidy scheme of the plan; claims, grants and ledger entries are booked under one. */
public enum Scheme {
    HIRING("吸纳持证人员就业补助"),
    REFERRAL("职业介绍补贴"),
    EVALUATION("技能评价补贴");

    private final String label;

    Scheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
