package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimPrecheck;
import cn.xuchang.hrss.subsidy.claim.ClaimPrechecks;
import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import cn.xuchang.hrss.subsidy.registry.Registry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The offers (免申即享): the enterprise's new hires of the year as the social-insurance registry shows them,
 * prechecked ({@link ClaimPrechecks}), the eligible ones kept.
 */
@Service
public class HiringOffers {

    private final HiringClaims claims;
    private final ClaimPrechecks prechecks;
    private final Registry registry;
    private final SubsidyProperties properties;

    HiringOffers(HiringClaims claims, ClaimPrechecks prechecks, Registry registry, SubsidyProperties properties) {
        this.claims = claims;
        this.prechecks = prechecks;
        this.registry = registry;
        this.properties = properties;
    }

    /**
     * The hires of the year the registries show eligible for the enterprise and not reserved or paid to anyone: each
     * person the enterprise first paid social insurance for in a month of the year, hired on the first of that month.
     * Submitting them as a claim gives the same lines and amounts (the precheck is that very submit).
     */
    public Offers offers(String enterpriseId, int year) {
        Map<String, YearMonth> newHires = registry.firstMonthsPaidBy(enterpriseId, year);
        if (newHires.isEmpty()) {
            return new Offers(year, BigDecimal.ZERO, List.of());
        }
        List<HiringClaimRequest.HireRequest> hires = newHires.entrySet().stream()
                .limit(properties.maxItemsPerClaim())
                .map(e -> new HiringClaimRequest.HireRequest(
                        e.getKey(), e.getValue().atDay(1)))
                .toList();
        ClaimPrecheck<HiringClaimView.Item> precheck =
                prechecks.precheck(claims, enterpriseId, new HiringClaimRequest(year, hires));
        List<Offer> offered = precheck.items().stream()
                .filter(HiringClaimView.Item::eligible)
                .map(item -> new Offer(item.idNumber(), item.name(), item.hiredOn(), item.amount()))
                .toList();
        return new Offers(year, offered.stream().map(Offer::amount).reduce(BigDecimal.ZERO, BigDecimal::add), offered);
    }

    /** The offered hires (API.md, 免申即享). */
    public record Offers(int year, BigDecimal totalAmount, List<Offer> items) {}

    public record Offer(String idNumber, String name, LocalDate hiredOn, BigDecimal amount) {}
}
