package cn.xuchang.hrss.subsidy.evaluation;

import cn.xuchang.hrss.subsidy.claim.Reasons;
import cn.xuchang.hrss.subsidy.institution.Listing;
import cn.xuchang.hrss.subsidy.registry.Certificate;
import cn.xuchang.hrss.subsidy.registry.CertificateKind;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The evaluation-subsidy rule (三(二)5): an institution on the city's evaluation catalogue gets, per certificate it
 * issued, a fixed amount by kind and level; one person, one occupation, one level is paid once, whoever claims.
 *
 * <p>Readings we chose where the clause is silent: the institution must have been listed for the certificate's
 * occupation and level (a special ability: the occupation's special ability) on the issue date — a listing runs from
 * its first day up to, not including, the day it ended; a level without a standard in the table (学徒工, 特级技师,
 * 首席技师) is never paid automatically but goes to the reviewer with the reason; a skill-level and a qualification
 * certificate of the same occupation and level count as the same person–occupation–level.
 */
public final class EvaluationEligibility {

    /** How the de-duplication key names the level of a special vocational ability. */
    public static final String SPECIAL_ABILITY = "SPECIAL_ABILITY";

    private EvaluationEligibility() {}

    /** The amount of a certificate kind and level; null when the table has no standard for it. */
    @FunctionalInterface
    public interface Standard {
        BigDecimal amountFor(CertificateKind kind, SkillLevel level);
    }

    /** One line of the claim as submitted. */
    public record Line(int lineNo, String certificateNo) {}

    /**
     * @param certificates the registered certificates among the claimed ones, by number
     * @param personNames names of their holders, by ID number
     * @param listings the claiming institution's listing history
     * @param alreadyGranted de-duplication keys holding a reserved or paid evaluation subsidy (any institution)
     */
    public record Facts(
            Map<String, Certificate> certificates,
            Map<String, String> personNames,
            List<Listing> listings,
            Set<String> alreadyGranted) {}

    public record Result(
            int lineNo,
            String certificateNo,
            String personName,
            LocalDate issuedOn,
            List<String> reasons,
            BigDecimal amount,
            String grantKey) {
        public boolean eligible() {
            return reasons.isEmpty();
        }
    }

    /** The de-duplication key of a certificate: ID number | occupation | level. */
    public static String grantKey(Certificate certificate) {
        return certificate.idNumber() + "|" + certificate.occupation() + "|"
                + (certificate.level() == null
                        ? SPECIAL_ABILITY
                        : certificate.level().name());
    }

    /** Whether the institution was listed for the certificate's occupation and level on its issue date. */
    public static boolean listedOn(List<Listing> listings, Certificate certificate) {
        LocalDate day = certificate.issuedOn();
        return listings.stream()
                .anyMatch(l -> l.occupation().equals(certificate.occupation())
                        && Objects.equals(l.level(), certificate.level())
                        && !l.listedFrom().isAfter(day)
                        && (l.listedUntil() == null || day.isBefore(l.listedUntil())));
    }

    /** Assesses every line, listing every rule it fails. */
    public static List<Result> assess(String institution, List<Line> lines, Facts facts, Standard standard) {
        Set<String> seenNumbers = new HashSet<>();
        Set<String> seenKeys = new HashSet<>();
        List<Result> results = new ArrayList<>();
        for (Line line : lines) {
            String number =
                    line.certificateNo() == null ? "" : line.certificateNo().strip();
            List<String> reasons = new ArrayList<>();
            boolean duplicate = !seenNumbers.add(number);
            Certificate certificate = facts.certificates().get(number);
            if (certificate == null) {
                reasons.add(Reasons.CERTIFICATE_UNKNOWN);
                if (duplicate) {
                    reasons.add(Reasons.DUPLICATE_IN_CLAIM);
                }
                results.add(new Result(line.lineNo(), number, null, null, List.copyOf(reasons), BigDecimal.ZERO, null));
                continue;
            }
            if (!institution.equals(certificate.issuerCreditCode())) {
                reasons.add(Reasons.NOT_ISSUED_BY_INSTITUTION);
            }
            if (!listedOn(facts.listings(), certificate)) {
                reasons.add(Reasons.INSTITUTION_NOT_LISTED);
            }
            BigDecimal amount = standard.amountFor(certificate.kind(), certificate.level());
            if (amount == null) {
                reasons.add(Reasons.NO_SUBSIDY_STANDARD);
            }
            String key = grantKey(certificate);
            if (facts.alreadyGranted().contains(key)) {
                reasons.add(Reasons.ALREADY_PAID);
            }
            if (!seenKeys.add(key) || duplicate) {
                reasons.add(Reasons.DUPLICATE_IN_CLAIM);
            }
            results.add(new Result(
                    line.lineNo(),
                    number,
                    facts.personNames().get(certificate.idNumber()),
                    certificate.issuedOn(),
                    List.copyOf(reasons),
                    reasons.isEmpty() ? amount : BigDecimal.ZERO,
                    key));
        }
        return results;
    }
}
