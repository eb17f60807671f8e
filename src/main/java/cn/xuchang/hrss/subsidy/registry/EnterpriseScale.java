package cn.xuchang.hrss.subsidy.registry;

/** Enterprise size class (企业规模). Only micro, small and medium enterprises (中小微企业) may claim hiring subsidies. */
public enum EnterpriseScale {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    public boolean isSme() {
        return this != LARGE;
    }
}
