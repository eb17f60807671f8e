package cn.xuchang.hrss.subsidy.institution;

import java.math.BigDecimal;

/**
 * The institution's evaluation-subsidy claims of a year, as the yearly performance evaluation reviews them. The
 * evaluation scheme answers it; the catalogue does not know the scheme.
 */
public interface ClaimsOfTheYear {

    Summary of(String institutionCreditCode, int year);

    /**
     * @param claims the claims submitted in the year
     * @param refused lines found ineligible (not issued by the institution, not listed, paid before, …)
     * @param paid the amount paid for them
     */
    record Summary(int claims, int refused, BigDecimal paid) {}
}
