package cn.xuchang.hrss.subsidy.registry;

/** A city or one of its counties (县区); regions are data, loaded from the configured region data set. */
public record Region(String code, String name, String parentCode, String kind) {

    public static final String CITY = "CITY";
    public static final String COUNTY = "COUNTY";

    public boolean isCounty() {
        return COUNTY.equals(kind);
    }
}
