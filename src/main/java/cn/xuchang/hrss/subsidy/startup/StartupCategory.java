package cn.xuchang.hrss.subsidy.startup;

import cn.xuchang.hrss.subsidy.ledger.Scheme;

/** The two entrepreneurship awards of 三(三)9; each is booked under its own scheme, one award per applicant each. */
public enum StartupCategory {
    PARK("市级农民工返乡创业示范园区", Scheme.STARTUP_PARK),
    PROJECT("返乡创业示范项目", Scheme.STARTUP_PROJECT);

    private final String label;
    private final Scheme scheme;

    StartupCategory(String label, Scheme scheme) {
        this.label = label;
        this.scheme = scheme;
    }

    public String label() {
        return label;
    }

    public Scheme scheme() {
        return scheme;
    }

    public static StartupCategory of(Scheme scheme) {
        for (StartupCategory category : values()) {
            if (category.scheme == scheme) {
                return category;
            }
        }
        throw new IllegalArgumentException("not a startup-award scheme: " + scheme);
    }
}
