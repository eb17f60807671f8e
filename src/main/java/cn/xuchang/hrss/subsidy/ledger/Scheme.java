package cn.xuchang.hrss.subsidy.ledger;

/** A subsidy scheme of the plan; claims, grants and ledger entries are booked under one. */
public enum Scheme {
    HIRING("吸纳持证人员就业补助"),
    REFERRAL("职业介绍补贴"),
    EVALUATION("技能评价补贴"),
    /** One award per enterprise and per founder, ever: subject keys "ENTERPRISE:{creditCode}" and "FOUNDER:{idNumber}". */
    STARTUP_PARK("市级农民工返乡创业示范园区奖补"),

    STARTUP_PROJECT("返乡创业示范项目奖补"),
    /** A training voucher redeemed by its training institution: subject key = the voucher code, paid once. */
    VOUCHER("职业培训券兑现");

    private final String label;

    Scheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
