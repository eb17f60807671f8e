package cn.xuchang.hrss.subsidy.referral;

import cn.xuchang.hrss.subsidy.claim.ConsecutiveMonths;
import cn.xuchang.hrss.subsidy.claim.Reasons;
import cn.xuchang.hrss.subsidy.registry.CertificateHolder;
import cn.xuchang.hrss.subsidy.registry.IdNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The referral-subsidy rule (三(三)8): a commercial HR service agency that placed a certificate holder in stable
 * employment with an enterprise of the city, for at least six months with social insurance paid, gets a fixed amount
 * per person.
 *
 * <p>Readings we chose where the clause is silent: a person yields at most one referral subsidy, whichever agency
 * claims first; "holds a certificate" means any recognised certificate issued on or before the start date; "six months"
 * means 6 consecutive monthly contributions by that employer, the first in the start month or later; "inside the city"
 * means an enterprise registered in the city's enterprise registry. There is no cap per agency. 「经营性人力资源服务机构」
 * needs a licence (人力资源服务许可证): a placement earns nothing when the agency had no valid licence on its start
 * date, or none is recorded.
 */
public final class ReferralEligibility {

    static final int REQUIRED_MONTHS = 6;

    private ReferralEligibility() {}

    /** One line of the claim as submitted. */
    public record Placement(int lineNo, String idNumber, String employerCreditCode, LocalDate startedOn) {}

    /** The agency's licence (人力资源服务许可证) and its validity, both days included. */
    public record Licence(String number, LocalDate validFrom, LocalDate validUntil) {
        public boolean validOn(LocalDate day) {
            return number != null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
        }
    }

    /**
     * @param licence the claiming agency's recorded licence, null when none is
     * @param persons registered persons by ID number
     * @param cityEmployers the credit codes among the placements' employers that are registered enterprises of the city
     * @param monthsPaid months of contributions by ID number, then by employer credit code
     * @param alreadyGranted ID numbers holding a reserved or paid referral subsidy (any agency)
     */
    public record Facts(
            Licence licence,
            Map<String, CertificateHolder> persons,
            Set<String> cityEmployers,
            Map<String, Map<String, Set<YearMonth>>> monthsPaid,
            Set<String> alreadyGranted) {}

    public record Result(
            int lineNo,
            String idNumber,
            String name,
            String employerCreditCode,
            LocalDate startedOn,
            List<String> reasons,
            BigDecimal amount) {
        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    /** Assesses every placement, listing every rule it fails; each eligible one gets the amount per placement. */
    public static List<Result> assess(List<Placement> placements, Facts facts, BigDecimal amountPerPlacement) {
        Set<String> seen = new HashSet<>();
        List<Result> results = new ArrayList<>();
        for (Placement placement : placements) {
            String idNumber = IdNumber.normalize(placement.idNumber());
            String employer = placement.employerCreditCode();
            List<String> reasons = new ArrayList<>();
            if (facts.licence() == null || !facts.licence().validOn(placement.startedOn())) {
                reasons.add(Reasons.AGENCY_NOT_LICENSED);
            }
            CertificateHolder person = null;
            if (!IdNumber.isValid(idNumber)) {
                reasons.add(Reasons.INVALID_ID_NUMBER);
            } else {
                person = facts.persons().get(idNumber);
                if (person == null) {
                    reasons.add(Reasons.PERSON_UNKNOWN);
                } else if (person.certificateIssueDates().stream().noneMatch(d -> !d.isAfter(placement.startedOn()))) {
                    reasons.add(Reasons.NO_CERTIFICATE);
                }
            }
            if (employer == null || !facts.cityEmployers().contains(employer)) {
                reasons.add(Reasons.EMPLOYER_NOT_IN_CITY);
            }
            if (IdNumber.isValid(idNumber)
                    && !ConsecutiveMonths.hasRun(
                            facts.monthsPaid().getOrDefault(idNumber, Map.of()).get(employer),
                            YearMonth.from(placement.startedOn()),
                            REQUIRED_MONTHS)) {
                reasons.add(Reasons.EMPLOYMENT_UNDER_6_MONTHS);
            }
            if (idNumber != null && facts.alreadyGranted().contains(idNumber)) {
                reasons.add(Reasons.ALREADY_CLAIMED);
            }
            if (idNumber != null && !seen.add(idNumber)) {
                reasons.add(Reasons.DUPLICATE_IN_CLAIM);
            }
            results.add(new Result(
                    placement.lineNo(),
                    idNumber,
                    person == null ? null : person.name(),
                    employer,
                    placement.startedOn(),
                    List.copyOf(reasons),
                    reasons.isEmpty() ? amountPerPlacement : BigDecimal.ZERO));
        }
        return results;
    }
}
