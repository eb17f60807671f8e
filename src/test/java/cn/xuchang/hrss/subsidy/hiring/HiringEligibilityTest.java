package cn.xuchang.hrss.subsidy.hiring;

import static cn.xuchang.hrss.subsidy.claim.Reasons.ALREADY_CLAIMED;
import static cn.xuchang.hrss.subsidy.claim.Reasons.CAP_REACHED;
import static cn.xuchang.hrss.subsidy.claim.Reasons.DUPLICATE_IN_CLAIM;
import static cn.xuchang.hrss.subsidy.claim.Reasons.EMPLOYMENT_UNDER_12_MONTHS;
import static cn.xuchang.hrss.subsidy.claim.Reasons.INVALID_ID_NUMBER;
import static cn.xuchang.hrss.subsidy.claim.Reasons.NOT_HIRED_IN_YEAR;
import static cn.xuchang.hrss.subsidy.claim.Reasons.NO_CERTIFICATE;
import static cn.xuchang.hrss.subsidy.claim.Reasons.PERSON_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Facts;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Hire;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Result;
import cn.xuchang.hrss.subsidy.hiring.HiringEligibility.Standard;
import cn.xuchang.hrss.subsidy.registry.CertificateHolder;
import cn.xuchang.hrss.subsidy.registry.IdNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hiring-subsidy rule (三(三)8) and the reason codes of API.md, "Hiring subsidy". */
class HiringEligibilityTest {

    private static final int YEAR = 2025;
    private static final LocalDate HIRED = LocalDate.of(2025, 3, 10);
    private static final YearMonth HIRE_MONTH = YearMonth.from(HIRED);
    private static final LocalDate CERTIFIED_LONG_AGO = LocalDate.of(2020, 6, 1);

    private static final String ALICE = idNumber(1);
    private static final String BOB = idNumber(2);
    private static final String CAROL = idNumber(3);
    private static final String DAVE = idNumber(4);
    private static final String ENDS_IN_X = "41100319970412005X";

    private final Scenario claim = new Scenario();

    // ---- amounts ------------------------------------------------------------------------------------------------

    @Test
    void shouldGrantTheAmountPerPersonOfTheStandardGiven() {
        claim.standard("1500", "2000000").eligibleHire(ALICE, HIRED);

        Result result = only(claim.assess());

        assertGranted(result, "1500");
        assertThat(result.lineNo()).isEqualTo(1);
        assertThat(result.idNumber()).isEqualTo(ALICE);
        assertThat(result.name()).isEqualTo(Scenario.nameOf(ALICE));
        assertThat(result.hiredOn()).isEqualTo(HIRED);
    }

    // ---- INVALID_ID_NUMBER --------------------------------------------------------------------------------------

    @Test
    void shouldReportAnIdNumberWithAWrongCheckDigitAsInvalid() {
        String wrongCheck = ALICE.substring(0, 17) + (ALICE.charAt(17) == '0' ? '1' : '0');
        claim.eligibleHire(wrongCheck, HIRED);

        Result result = only(claim.assess());

        assertIneligible(result, INVALID_ID_NUMBER);
        assertThat(result.name()).isNull();
    }

    @Test
    void shouldReportAMissingIdNumberAsInvalid() {
        claim.hire(null, HIRED);

        assertIneligible(only(claim.assess()), INVALID_ID_NUMBER);
    }

    @Test
    void shouldMatchAnIdNumberWrittenWithALowerCaseXToTheRegisteredPerson() {
        claim.person(ENDS_IN_X, CERTIFIED_LONG_AGO)
                .paid(ENDS_IN_X, HIRE_MONTH, 12)
                .hire(ENDS_IN_X.toLowerCase(), HIRED);

        Result result = only(claim.assess());

        assertGranted(result, "1000");
        assertThat(result.idNumber()).isEqualTo(ENDS_IN_X);
    }

    // ---- PERSON_UNKNOWN -----------------------------------------------------------------------------------------

    @Test
    void shouldReportAPersonTheRegistryDoesNotKnow() {
        claim.paid(ALICE, HIRE_MONTH, 12).hire(ALICE, HIRED);

        Result result = only(claim.assess());

        assertIneligible(result, PERSON_UNKNOWN);
        assertThat(result.name()).isNull();
    }

    // ---- NO_CERTIFICATE -----------------------------------------------------------------------------------------

    @Test
    void shouldReportACertificateIssuedAfterTheHireDate() {
        claim.person(ALICE, HIRED.plusDays(1)).paid(ALICE, HIRE_MONTH, 12).hire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), NO_CERTIFICATE);
    }

    @Test
    void shouldReportAPersonWithoutAnyCertificate() {
        claim.person(ALICE).paid(ALICE, HIRE_MONTH, 12).hire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), NO_CERTIFICATE);
    }

    @Test
    void shouldCountACertificateIssuedOnTheHireDateAsHeld() {
        claim.person(ALICE, HIRED).paid(ALICE, HIRE_MONTH, 12).hire(ALICE, HIRED);

        assertGranted(only(claim.assess()), "1000");
    }

    @Test
    void shouldCountAnyOneCertificateIssuedBeforeTheHireDate() {
        claim.person(ALICE, HIRED.plusMonths(2), HIRED.minusDays(1))
                .paid(ALICE, HIRE_MONTH, 12)
                .hire(ALICE, HIRED);

        assertGranted(only(claim.assess()), "1000");
    }

    // ---- NOT_HIRED_IN_YEAR --------------------------------------------------------------------------------------

    @Test
    void shouldReportAHireOnTheLastDayOfThePreviousYear() {
        claim.eligibleHire(ALICE, LocalDate.of(2024, 12, 31));

        assertIneligible(only(claim.assess()), NOT_HIRED_IN_YEAR);
    }

    @Test
    void shouldReportAHireOnTheFirstDayOfTheNextYear() {
        claim.eligibleHire(ALICE, LocalDate.of(2026, 1, 1));

        assertIneligible(only(claim.assess()), NOT_HIRED_IN_YEAR);
    }

    @Test
    void shouldGrantHiresOnTheFirstAndTheLastDayOfTheYear() {
        claim.eligibleHire(ALICE, LocalDate.of(2025, 1, 1)).eligibleHire(BOB, LocalDate.of(2025, 12, 31));

        List<Result> results = claim.assess();

        assertGranted(results.get(0), "1000");
        assertGranted(results.get(1), "1000");
    }

    // ---- EMPLOYMENT_UNDER_12_MONTHS -----------------------------------------------------------------------------

    @Test
    void shouldGrantExactlyTwelveMonthsOfContributionsFromTheHireMonth() {
        claim.person(ALICE, CERTIFIED_LONG_AGO).paid(ALICE, HIRE_MONTH, 12).hire(ALICE, HIRED);

        assertGranted(only(claim.assess()), "1000");
    }

    @Test
    void shouldReportElevenMonthsOfContributions() {
        claim.person(ALICE, CERTIFIED_LONG_AGO).paid(ALICE, HIRE_MONTH, 11).hire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), EMPLOYMENT_UNDER_12_MONTHS);
    }

    @Test
    void shouldReportTwelveMonthsWithAGap() {
        claim.person(ALICE, CERTIFIED_LONG_AGO)
                .paid(ALICE, HIRE_MONTH, 6)
                .paid(ALICE, HIRE_MONTH.plusMonths(7), 6)
                .hire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), EMPLOYMENT_UNDER_12_MONTHS);
    }

    /** Facts hold only this employer's months, so a person insured by another employer has none here. */
    @Test
    void shouldNotCountMonthsPaidByAnotherEmployer() {
        claim.person(ALICE, CERTIFIED_LONG_AGO).paid(BOB, HIRE_MONTH, 12).hire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), EMPLOYMENT_UNDER_12_MONTHS);
    }

    @Test
    void shouldNotCountMonthsBeforeTheHireMonth() {
        claim.person(ALICE, CERTIFIED_LONG_AGO)
                .paid(ALICE, HIRE_MONTH.minusMonths(6), 12)
                .hire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), EMPLOYMENT_UNDER_12_MONTHS);
    }

    @Test
    void shouldCountTwelveMonthsStartingAfterTheHireMonth() {
        claim.person(ALICE, CERTIFIED_LONG_AGO)
                .paid(ALICE, HIRE_MONTH.plusMonths(2), 12)
                .hire(ALICE, HIRED);

        assertGranted(only(claim.assess()), "1000");
    }

    // ---- ALREADY_CLAIMED ----------------------------------------------------------------------------------------

    @Test
    void shouldReportAPersonWhoseHiringSubsidyIsAlreadyReservedOrPaid() {
        claim.granted(ALICE).eligibleHire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), ALREADY_CLAIMED);
    }

    // ---- DUPLICATE_IN_CLAIM -------------------------------------------------------------------------------------

    @Test
    void shouldReportOnlyTheSecondOccurrenceOfAPersonAsADuplicate() {
        claim.eligibleHire(ALICE, HIRED).eligibleHire(BOB, HIRED).hire(ALICE, HIRED);

        List<Result> results = claim.assess();

        assertGranted(results.get(0), "1000");
        assertGranted(results.get(1), "1000");
        assertIneligible(results.get(2), DUPLICATE_IN_CLAIM);
    }

    @Test
    void shouldRecogniseADuplicateWrittenWithALowerCaseX() {
        claim.eligibleHire(ENDS_IN_X, HIRED).hire(ENDS_IN_X.toLowerCase(), HIRED);

        List<Result> results = claim.assess();

        assertGranted(results.get(0), "1000");
        assertIneligible(results.get(1), DUPLICATE_IN_CLAIM);
    }

    // ---- CAP_REACHED --------------------------------------------------------------------------------------------

    @Test
    void shouldGiveTheLineThatMeetsTheCapTheRemainderAndNothingToTheLinesAfterIt() {
        claim.standard("1000", "2500")
                .eligibleHire(ALICE, HIRED)
                .eligibleHire(BOB, HIRED)
                .eligibleHire(CAROL, HIRED)
                .eligibleHire(DAVE, HIRED);

        List<Result> results = claim.assess();

        assertGranted(results.get(0), "1000");
        assertGranted(results.get(1), "1000");
        assertGranted(results.get(2), "500");
        assertIneligible(results.get(3), CAP_REACHED);
    }

    @Test
    void shouldGiveTheRemainderUnderTheStandardGiven() {
        claim.standard("1500", "4000")
                .eligibleHire(ALICE, HIRED)
                .eligibleHire(BOB, HIRED)
                .eligibleHire(CAROL, HIRED);

        assertThat(claim.assess())
                .extracting(Result::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1500"), new BigDecimal("1500"), new BigDecimal("1000"));
    }

    @Test
    void shouldCountWhatTheEnterpriseAlreadyHasAgainstTheCap() {
        claim.used("1999500").eligibleHire(ALICE, HIRED).eligibleHire(BOB, HIRED);

        List<Result> results = claim.assess();

        assertGranted(results.get(0), "500");
        assertIneligible(results.get(1), CAP_REACHED);
    }

    @Test
    void shouldGrantInFullWhileTheCapAllows() {
        claim.used("1998000")
                .eligibleHire(ALICE, HIRED)
                .eligibleHire(BOB, HIRED)
                .eligibleHire(CAROL, HIRED);

        List<Result> results = claim.assess();

        assertGranted(results.get(0), "1000");
        assertGranted(results.get(1), "1000");
        assertIneligible(results.get(2), CAP_REACHED);
    }

    @Test
    void shouldReportCapReachedForEveryEligibleLineWhenTheCapIsUsedUp() {
        claim.used("2000000").eligibleHire(ALICE, HIRED).eligibleHire(BOB, HIRED);

        List<Result> results = claim.assess();

        assertIneligible(results.get(0), CAP_REACHED);
        assertIneligible(results.get(1), CAP_REACHED);
    }

    @Test
    void shouldGrantNothingWhenWhatIsUsedExceedsTheCap() {
        claim.used("2000500").eligibleHire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), CAP_REACHED);
    }

    @Test
    void shouldNotSpendTheCapOnIneligibleLines() {
        claim.standard("1000", "2000")
                .eligibleHire(ALICE, HIRED)
                .hire(BOB, HIRED)
                .eligibleHire(CAROL, HIRED);

        List<Result> results = claim.assess();

        assertGranted(results.get(0), "1000");
        assertIneligible(results.get(1), PERSON_UNKNOWN, EMPLOYMENT_UNDER_12_MONTHS);
        assertGranted(results.get(2), "1000");
    }

    @Test
    void shouldNotReportCapReachedForALineThatFailsAnotherRule() {
        claim.used("2000000").paid(ALICE, HIRE_MONTH, 12).hire(ALICE, HIRED);

        assertIneligible(only(claim.assess()), PERSON_UNKNOWN);
    }

    // ---- several reasons, order -----------------------------------------------------------------------------------

    @Test
    void shouldListEveryRuleALineFails() {
        LocalDate lastYear = LocalDate.of(2024, 11, 15);
        claim.person(ALICE, CERTIFIED_LONG_AGO)
                .paid(ALICE, YearMonth.from(lastYear), 11)
                .hire(ALICE, lastYear)
                .granted(BOB)
                .hire(BOB, HIRED)
                .hire("411002199001010019", LocalDate.of(2026, 2, 1));

        List<Result> results = claim.assess();

        assertIneligible(results.get(0), NOT_HIRED_IN_YEAR, EMPLOYMENT_UNDER_12_MONTHS);
        assertIneligible(results.get(1), PERSON_UNKNOWN, EMPLOYMENT_UNDER_12_MONTHS, ALREADY_CLAIMED);
        assertIneligible(results.get(2), INVALID_ID_NUMBER, NOT_HIRED_IN_YEAR);
    }

    @Test
    void shouldListADuplicateTogetherWithItsOtherFailures() {
        claim.eligibleHire(ALICE, HIRED).hire(ALICE, LocalDate.of(2026, 3, 10));

        List<Result> results = claim.assess();

        assertGranted(results.get(0), "1000");
        assertIneligible(results.get(1), NOT_HIRED_IN_YEAR, EMPLOYMENT_UNDER_12_MONTHS, DUPLICATE_IN_CLAIM);
    }

    @Test
    void shouldAnswerEveryLineInTheOrderListedAndGrantInThatOrder() {
        claim.standard("1000", "2000")
                .hire(DAVE, HIRED)
                .eligibleHire(CAROL, HIRED)
                .eligibleHire(ALICE, HIRED)
                .eligibleHire(BOB, HIRED);

        List<Result> results = claim.assess();

        assertThat(results).extracting(Result::lineNo).containsExactly(1, 2, 3, 4);
        assertThat(results).extracting(Result::idNumber).containsExactly(DAVE, CAROL, ALICE, BOB);
        assertIneligible(results.get(0), PERSON_UNKNOWN, EMPLOYMENT_UNDER_12_MONTHS);
        assertGranted(results.get(1), "1000");
        assertGranted(results.get(2), "1000");
        assertIneligible(results.get(3), CAP_REACHED);
    }

    // ---- fixtures -----------------------------------------------------------------------------------------------

    private static String idNumber(int n) {
        String first17 = String.format("41100219900101%03d", n);
        return first17 + IdNumber.checkCharacterOf(first17);
    }

    private static Result only(List<Result> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static void assertGranted(Result result, String amount) {
        assertThat(result.reasons()).as("reasons of line %d", result.lineNo()).isEmpty();
        assertThat(result.eligible()).isTrue();
        assertThat(result.amount()).as("amount of line %d", result.lineNo()).isEqualByComparingTo(amount);
    }

    private static void assertIneligible(Result result, String... reasons) {
        assertThat(result.reasons()).as("reasons of line %d", result.lineNo()).containsExactlyInAnyOrder(reasons);
        assertThat(result.eligible()).isFalse();
        assertThat(result.amount()).as("amount of line %d", result.lineNo()).isZero();
    }

    /** A claim being put together: its lines, what the registries know, the standard, and what is already used. */
    private static final class Scenario {

        private final List<Hire> hires = new ArrayList<>();
        private final Map<String, CertificateHolder> persons = new HashMap<>();
        private final Map<String, Set<YearMonth>> monthsPaid = new HashMap<>();
        private final Set<String> alreadyGranted = new HashSet<>();
        private Standard standard = new Standard(new BigDecimal("1000"), new BigDecimal("2000000"));
        private BigDecimal used = BigDecimal.ZERO;

        static String nameOf(String idNumber) {
            return "Person " + idNumber;
        }

        /** A line of the claim. */
        Scenario hire(String idNumber, LocalDate hiredOn) {
            hires.add(new Hire(hires.size() + 1, idNumber, hiredOn));
            return this;
        }

        /** A registered person holding certificates issued on the given dates. */
        Scenario person(String idNumber, LocalDate... certificatesIssuedOn) {
            persons.put(idNumber, new CertificateHolder(nameOf(idNumber), Arrays.asList(certificatesIssuedOn)));
            return this;
        }

        /** Consecutive months of contributions paid for the person by the claiming enterprise. */
        Scenario paid(String idNumber, YearMonth first, int months) {
            Set<YearMonth> paid = monthsPaid.computeIfAbsent(idNumber, id -> new HashSet<>());
            for (int i = 0; i < months; i++) {
                paid.add(first.plusMonths(i));
            }
            return this;
        }

        /** The person holds a reserved or paid hiring subsidy. */
        Scenario granted(String idNumber) {
            alreadyGranted.add(idNumber);
            return this;
        }

        /** A line meeting every rule: a certificate holder, hired then, paid for 12 months from the hire month. */
        Scenario eligibleHire(String idNumber, LocalDate hiredOn) {
            return person(idNumber, CERTIFIED_LONG_AGO)
                    .paid(idNumber, YearMonth.from(hiredOn), 12)
                    .hire(idNumber, hiredOn);
        }

        Scenario standard(String amountPerPerson, String cap) {
            standard = new Standard(new BigDecimal(amountPerPerson), new BigDecimal(cap));
            return this;
        }

        Scenario used(String amount) {
            used = new BigDecimal(amount);
            return this;
        }

        List<Result> assess() {
            return HiringEligibility.assess(
                    YEAR, hires, new Facts(persons, monthsPaid, alreadyGranted), standard, used);
        }
    }
}
