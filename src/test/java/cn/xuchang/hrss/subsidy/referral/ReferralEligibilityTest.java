package cn.xuchang.hrss.subsidy.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.referral.ReferralEligibility.Facts;
import cn.xuchang.hrss.subsidy.referral.ReferralEligibility.Placement;
import cn.xuchang.hrss.subsidy.referral.ReferralEligibility.Result;
import cn.xuchang.hrss.subsidy.registry.CertificateHolder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The referral-subsidy rule, one reason code at a time. */
class ReferralEligibilityTest {

    private static final String PERSON = "411002199001010018";
    private static final String OTHER = "411002199203150027";
    private static final String EMPLOYER = "91411002MA46RX001D";
    private static final String OUTSIDER = "91110000MA00000002";
    private static final LocalDate STARTED = LocalDate.of(2025, 3, 1);
    private static final BigDecimal AMOUNT = BigDecimal.valueOf(300);

    private final Map<String, CertificateHolder> persons = new HashMap<>(Map.of(
            PERSON, new CertificateHolder("张伟", List.of(STARTED.minusMonths(1))),
            OTHER, new CertificateHolder("李娜", List.of(STARTED.plusDays(1)))));
    private final Map<String, Map<String, Set<YearMonth>>> months = new HashMap<>();
    private final Set<String> granted = new HashSet<>();
    /** The agency's licence: valid through the placements of these tests unless a test says otherwise. */
    private ReferralEligibility.Licence licence = new ReferralEligibility.Licence(
            "豫人服证字第411003000001号", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));

    @Test
    void shouldGrantThreeHundredForACertifiedPersonPlacedInTheCityForSixMonths() {
        paid(PERSON, EMPLOYER, YearMonth.of(2025, 3), 6);

        Result result = assessOne(new Placement(1, PERSON, EMPLOYER, STARTED));

        assertThat(result.eligible()).isTrue();
        assertThat(result.amount()).isEqualByComparingTo("300");
        assertThat(result.name()).isEqualTo("张伟");
    }

    @Test
    void shouldRefuseAnInvalidIdNumber() {
        assertThat(assessOne(new Placement(1, "411002199001010019", EMPLOYER, STARTED))
                        .reasons())
                .containsExactly("INVALID_ID_NUMBER");
    }

    @Test
    void shouldRefuseAnUnknownPerson() {
        assertThat(assessOne(new Placement(1, "11010519491231002X", EMPLOYER, STARTED))
                        .reasons())
                .contains("PERSON_UNKNOWN");
    }

    @Test
    void shouldRefuseAPersonWhoseCertificateCameAfterTheStart() {
        paid(OTHER, EMPLOYER, YearMonth.of(2025, 3), 6);

        assertThat(assessOne(new Placement(1, OTHER, EMPLOYER, STARTED)).reasons())
                .containsExactly("NO_CERTIFICATE");
    }

    @Test
    void shouldRefuseAnEmployerThatIsNotAnEnterpriseOfTheCity() {
        paid(PERSON, OUTSIDER, YearMonth.of(2025, 3), 6);

        assertThat(assessOne(new Placement(1, PERSON, OUTSIDER, STARTED)).reasons())
                .containsExactly("EMPLOYER_NOT_IN_CITY");
    }

    @Test
    void shouldRefuseFiveMonthsOrSixMonthsWithAGapOrMonthsBeforeTheStart() {
        paid(PERSON, EMPLOYER, YearMonth.of(2025, 3), 5);
        assertThat(assessOne(new Placement(1, PERSON, EMPLOYER, STARTED)).reasons())
                .containsExactly("EMPLOYMENT_UNDER_6_MONTHS");

        months.clear();
        paid(PERSON, EMPLOYER, YearMonth.of(2025, 3), 3);
        paid(PERSON, EMPLOYER, YearMonth.of(2025, 7), 3);
        assertThat(assessOne(new Placement(1, PERSON, EMPLOYER, STARTED)).reasons())
                .containsExactly("EMPLOYMENT_UNDER_6_MONTHS");

        months.clear();
        paid(PERSON, EMPLOYER, YearMonth.of(2024, 10), 10);
        assertThat(assessOne(new Placement(1, PERSON, EMPLOYER, STARTED)).reasons())
                .containsExactly("EMPLOYMENT_UNDER_6_MONTHS");
    }

    @Test
    void shouldNotCountMonthsPaidByAnotherEmployer() {
        paid(PERSON, OUTSIDER, YearMonth.of(2025, 3), 12);

        assertThat(assessOne(new Placement(1, PERSON, EMPLOYER, STARTED)).reasons())
                .containsExactly("EMPLOYMENT_UNDER_6_MONTHS");
    }

    @Test
    void shouldRefuseAPersonAlreadyClaimedByAnyAgency() {
        paid(PERSON, EMPLOYER, YearMonth.of(2025, 3), 6);
        granted.add(PERSON);

        assertThat(assessOne(new Placement(1, PERSON, EMPLOYER, STARTED)).reasons())
                .containsExactly("ALREADY_CLAIMED");
    }

    @Test
    void shouldGrantAPersonListedTwiceOnlyOnce() {
        paid(PERSON, EMPLOYER, YearMonth.of(2025, 3), 6);

        List<Result> results = ReferralEligibility.assess(
                List.of(new Placement(1, PERSON, EMPLOYER, STARTED), new Placement(2, PERSON, EMPLOYER, STARTED)),
                facts(),
                AMOUNT);

        assertThat(results.get(0).eligible()).isTrue();
        assertThat(results.get(1).reasons()).containsExactly("DUPLICATE_IN_CLAIM");
        assertThat(results.get(1).amount()).isZero();
    }

    @Test
    void shouldListEveryRuleALineFails() {
        granted.add(OTHER);

        assertThat(assessOne(new Placement(1, OTHER, OUTSIDER, STARTED)).reasons())
                .containsExactly(
                        "NO_CERTIFICATE", "EMPLOYER_NOT_IN_CITY", "EMPLOYMENT_UNDER_6_MONTHS", "ALREADY_CLAIMED");
    }

    @Test
    void shouldPayNothingForAPlacementWhenTheAgencyHadNoValidLicenceOnItsStartDate() {
        paid(PERSON, EMPLOYER, YearMonth.of(2025, 3), 6);
        licence = new ReferralEligibility.Licence(
                "豫人服证字第411003000001号", LocalDate.of(2025, 3, 2), LocalDate.of(2030, 3, 1));

        Result startedTheDayBefore = assessOne(new Placement(1, PERSON, EMPLOYER, STARTED));

        assertThat(startedTheDayBefore.reasons()).containsExactly("AGENCY_NOT_LICENSED");
        assertThat(startedTheDayBefore.amount()).isZero();

        licence =
                new ReferralEligibility.Licence("豫人服证字第411003000001号", LocalDate.of(2020, 1, 1), STARTED.minusDays(1));
        assertThat(assessOne(new Placement(1, PERSON, EMPLOYER, STARTED)).reasons())
                .as("expired the day before")
                .containsExactly("AGENCY_NOT_LICENSED");

        licence = new ReferralEligibility.Licence("豫人服证字第411003000001号", STARTED, STARTED);
        assertThat(assessOne(new Placement(1, PERSON, EMPLOYER, STARTED)).eligible())
                .as("valid on the start date itself")
                .isTrue();
    }

    @Test
    void shouldPayNothingWhenNoLicenceIsRecorded() {
        paid(PERSON, EMPLOYER, YearMonth.of(2025, 3), 6);
        licence = null;

        assertThat(assessOne(new Placement(1, PERSON, EMPLOYER, STARTED)).reasons())
                .containsExactly("AGENCY_NOT_LICENSED");
    }

    private Result assessOne(Placement placement) {
        return ReferralEligibility.assess(List.of(placement), facts(), AMOUNT).get(0);
    }

    private Facts facts() {
        return new Facts(licence, persons, Set.of(EMPLOYER), months, granted);
    }

    private void paid(String person, String employer, YearMonth from, int count) {
        Set<YearMonth> paid =
                months.computeIfAbsent(person, p -> new HashMap<>()).computeIfAbsent(employer, e -> new HashSet<>());
        for (int i = 0; i < count; i++) {
            paid.add(from.plusMonths(i));
        }
    }
}
