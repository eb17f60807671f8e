package cn.xuchang.hrss.subsidy.hiring;

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
 * The hiring-subsidy rule (三(三)8): an SME that newly hires a certificate holder in the year, and employs them for at
 * least a year with employee social insurance paid, gets a fixed amount per person, up to a cumulative cap.
 *
 * <p>Readings we chose where the clause is silent: a person yields at most one hiring subsidy, whichever enterprise
 * claims first; "holds a certificate" means any recognised certificate issued on or before the hire date; "employed a
 * year" means 12 consecutive monthly contributions by this enterprise, the first in the hire month or later; eligible
 * lines are granted in the order listed and the line that meets the cap gets the remainder.
 */
public final class HiringEligibility {

    static final int REQUIRED_MONTHS = 12;

    private HiringEligibility() {}

    /** One line of the claim as submitted. */
    public record Hire(int lineNo, String idNumber, LocalDate hiredOn) {}

    /**
     * @param persons registered persons by ID number
     * @param monthsPaidByEmployer months of contributions paid by the claiming enterprise, by ID number
     * @param alreadyGranted ID numbers holding a reserved or paid hiring subsidy (any enterprise)
     */
    public record Facts(
            Map<String, CertificateHolder> persons,
            Map<String, Set<YearMonth>> monthsPaidByEmployer,
            Set<String> alreadyGranted) {}

    /** The amounts from the decision table. */
    public record Standard(BigDecimal amountPerPerson, BigDecimal cap) {}

    public record Result(
            int lineNo, String idNumber, String name, LocalDate hiredOn, List<String> reasons, BigDecimal amount) {
        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    /**
     * Assesses every line, listing every rule it fails, and grants the eligible lines in order within the cap.
     *
     * @param used what the enterprise already has reserved or paid
     */
    public static List<Result> assess(int year, List<Hire> hires, Facts facts, Standard standard, BigDecimal used) {
        BigDecimal remaining = standard.cap().subtract(used).max(BigDecimal.ZERO);
        Set<String> seen = new HashSet<>();
        List<Result> results = new ArrayList<>();
        for (Hire hire : hires) {
            String idNumber = IdNumber.normalize(hire.idNumber());
            List<String> reasons = new ArrayList<>();
            CertificateHolder person = null;
            if (!IdNumber.isValid(idNumber)) {
                reasons.add(Reasons.INVALID_ID_NUMBER);
            } else {
                person = facts.persons().get(idNumber);
                if (person == null) {
                    reasons.add(Reasons.PERSON_UNKNOWN);
                } else if (person.certificateIssueDates().stream().noneMatch(d -> !d.isAfter(hire.hiredOn()))) {
                    reasons.add(Reasons.NO_CERTIFICATE);
                }
            }
            if (hire.hiredOn().getYear() != year) {
                reasons.add(Reasons.NOT_HIRED_IN_YEAR);
            }
            if (IdNumber.isValid(idNumber)
                    && !ConsecutiveMonths.hasRun(
                            facts.monthsPaidByEmployer().get(idNumber),
                            YearMonth.from(hire.hiredOn()),
                            REQUIRED_MONTHS)) {
                reasons.add(Reasons.EMPLOYMENT_UNDER_12_MONTHS);
            }
            if (idNumber != null && facts.alreadyGranted().contains(idNumber)) {
                reasons.add(Reasons.ALREADY_CLAIMED);
            }
            if (idNumber != null && !seen.add(idNumber)) {
                reasons.add(Reasons.DUPLICATE_IN_CLAIM);
            }
            BigDecimal amount = BigDecimal.ZERO;
            if (reasons.isEmpty()) {
                if (remaining.signum() == 0) {
                    reasons.add(Reasons.CAP_REACHED);
                } else {
                    amount = standard.amountPerPerson().min(remaining);
                    remaining = remaining.subtract(amount);
                }
            }
            results.add(new Result(
                    hire.lineNo(),
                    idNumber,
                    person == null ? null : person.name(),
                    hire.hiredOn(),
                    List.copyOf(reasons),
                    amount));
        }
        return results;
    }
}
