package cn.xuchang.hrss.subsidy.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The precheck's answer (API.md, "Applicant portal and roster files"): the lines and the total exactly as a claim would
 * get them now; {@code year} for the schemes that claim by year.
 */
public record ClaimPrecheck<L>(
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer year, BigDecimal totalAmount, List<L> items) {}
