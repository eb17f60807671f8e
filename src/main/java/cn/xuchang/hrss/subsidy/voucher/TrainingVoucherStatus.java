package cn.xuchang.hrss.subsidy.voucher;

/**
 * Where a training voucher stands (发券 → 培训 → 评价 → 持证 → 兑现). ISSUED, ENROLLED, TRAINED and CERTIFIED are live
 * (the holder cannot take a second voucher for the occupation and level); REDEEMED, EXPIRED and LAPSED are final.
 */
public enum TrainingVoucherStatus {
    ISSUED("已发放，待报名", true),
    ENROLLED("已报名培训", true),
    TRAINED("已结业，待取证", true),
    CERTIFIED("已取证，待兑现", true),
    REDEEMED("已兑现", false),
    EXPIRED("逾期未报名，已失效", false),
    LAPSED("有效期内未取证，已失效", false);

    private final String label;
    private final boolean live;

    TrainingVoucherStatus(String label, boolean live) {
        this.label = label;
        this.live = live;
    }

    public String label() {
        return label;
    }

    public boolean isLive() {
        return live;
    }
}
