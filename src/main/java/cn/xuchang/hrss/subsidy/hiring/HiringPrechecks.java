package cn.xuchang.hrss.subsidy.hiring;

import cn.xuchang.hrss.subsidy.claim.ClaimView;
import cn.xuchang.hrss.subsidy.kernel.DryRun;
import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.roster.RosterLayout;
import cn.xuchang.hrss.subsidy.roster.RosterRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What a hiring claim would get now, without filing it: the precheck is the submit itself run in a transaction that is
 * rolled back ({@link DryRun}), so its lines and amounts are the claim's by construction; the offers (免申即享) are the
 * enterprise's new hires of the year as the social-insurance registry shows them, prechecked, the eligible ones kept.
 */
@Service
public class HiringPrechecks {

    private final HiringClaims claims;
    private final Registry registry;
    private final DryRun dryRun;
    private final SubsidyProperties properties;

    HiringPrechecks(HiringClaims claims, Registry registry, DryRun dryRun, SubsidyProperties properties) {
        this.claims = claims;
        this.registry = registry;
        this.dryRun = dryRun;
        this.properties = properties;
    }

    /** The lines and total the claim would get if submitted now; nothing stored, nothing reserved. */
    public Precheck precheck(String enterpriseId, HiringClaimRequest request) {
        ClaimView<HiringClaimView.Heading, HiringClaimView.Item> view =
                dryRun.run(() -> claims.submit(enterpriseId, request));
        return new Precheck(view.heading().year(), view.totalAmount(), view.items());
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
        Precheck precheck = precheck(enterpriseId, new HiringClaimRequest(year, hires));
        List<Offer> offered = precheck.items().stream()
                .filter(HiringClaimView.Item::eligible)
                .map(item -> new Offer(item.idNumber(), item.name(), item.hiredOn(), item.amount()))
                .toList();
        return new Offers(year, offered.stream().map(Offer::amount).reduce(BigDecimal.ZERO, BigDecimal::add), offered);
    }

    /** A roster's rows as a claim request (the columns of {@link RosterLayout#HIRING}). */
    public static HiringClaimRequest request(int year, List<RosterRow> rows) {
        return new HiringClaimRequest(
                year,
                rows.stream()
                        .map(row -> new HiringClaimRequest.HireRequest(
                                row.text(RosterLayout.ID_NUMBER), row.date(RosterLayout.HIRED_ON)))
                        .toList());
    }

    /** The precheck's answer (API.md): the lines exactly as a claim would get them now. */
    public record Precheck(Integer year, BigDecimal totalAmount, List<HiringClaimView.Item> items) {}

    /** The offered hires (API.md, 免申即享). */
    public record Offers(int year, BigDecimal totalAmount, List<Offer> items) {}

    public record Offer(String idNumber, String name, LocalDate hiredOn, BigDecimal amount) {}
}
