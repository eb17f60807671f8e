package cn.xuchang.hrss.subsidy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Facts;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Line;
import cn.xuchang.hrss.subsidy.evaluation.EvaluationEligibility.Result;
import cn.xuchang.hrss.subsidy.institution.Listing;
import cn.xuchang.hrss.subsidy.registry.Certificate;
import cn.xuchang.hrss.subsidy.registry.CertificateKind;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluation-subsidy rule, reason by reason, without Spring or the engine. */
class EvaluationEligibilityTest {

    static final String INSTITUTION = "12411000MB0000001C";
    static final String OTHER = "12411000MB0000002A";
    static final String PERSON = "411002199001010018";
    static final LocalDate ISSUED = LocalDate.of(2024, 6, 30);

    /** The seed's table, as the decision table says it. */
    static final EvaluationEligibility.Standard SEED = (kind, level) -> {
        if (kind == CertificateKind.SPECIAL_ABILITY) {
            return BigDecimal.valueOf(100);
        }
        return switch (level) {
            case JUNIOR -> BigDecimal.valueOf(200);
            case INTERMEDIATE -> BigDecimal.valueOf(240);
            case SENIOR -> BigDecimal.valueOf(280);
            case TECHNICIAN -> BigDecimal.valueOf(350);
            case SENIOR_TECHNICIAN -> BigDecimal.valueOf(380);
            default -> null;
        };
    };

    final Map<String, Certificate> certificates = new HashMap<>();
    final List<Listing> listings = new ArrayList<>();
    final Set<String> granted = new HashSet<>();

    @Test
    void shouldPayTheSeedAmountForACertificateIssuedWhileListed() {
        certificate("S1", SkillLevel.INTERMEDIATE, ISSUED, INSTITUTION);
        listed("电工", SkillLevel.INTERMEDIATE, "2023-01-01", null);

        Result result = assessOne("S1");

        assertThat(result.reasons()).isEmpty();
        assertThat(result.amount()).isEqualByComparingTo("240");
        assertThat(result.grantKey()).isEqualTo(PERSON + "|电工|INTERMEDIATE");
        assertThat(result.personName()).isEqualTo("张伟");
    }

    @Test
    void shouldPayAHundredForASpecialAbilityListedForTheOccupation() {
        certificates.put(
                "P1", new Certificate("P1", PERSON, CertificateKind.SPECIAL_ABILITY, "茶艺师", null, ISSUED, INSTITUTION));
        listed("茶艺师", null, "2024-01-01", null);

        Result result = assessOne("P1");

        assertThat(result.reasons()).isEmpty();
        assertThat(result.amount()).isEqualByComparingTo("100");
        assertThat(result.grantKey()).isEqualTo(PERSON + "|茶艺师|SPECIAL_ABILITY");
    }

    @Test
    void shouldRefuseAnUnknownCertificate() {
        assertThat(assessOne("NOPE").reasons()).containsExactly("CERTIFICATE_UNKNOWN");
    }

    @Test
    void shouldRefuseACertificateAnotherInstitutionIssued() {
        certificate("S1", SkillLevel.JUNIOR, ISSUED, OTHER);
        listed("电工", SkillLevel.JUNIOR, "2023-01-01", null);

        assertThat(assessOne("S1").reasons()).containsExactly("NOT_ISSUED_BY_INSTITUTION");
    }

    @Test
    void shouldRefuseACertificateIssuedBeforeTheListingBegan() {
        certificate("S1", SkillLevel.JUNIOR, LocalDate.of(2022, 12, 31), INSTITUTION);
        listed("电工", SkillLevel.JUNIOR, "2023-01-01", null);

        assertThat(assessOne("S1").reasons()).containsExactly("INSTITUTION_NOT_LISTED");
    }

    @Test
    void shouldRefuseACertificateIssuedOnOrAfterTheDayTheListingEnded() {
        certificate("S1", SkillLevel.JUNIOR, LocalDate.of(2024, 3, 1), INSTITUTION);
        certificate("S2", SkillLevel.JUNIOR, LocalDate.of(2024, 2, 29), INSTITUTION);
        certificates.put(
                "S2",
                new Certificate(
                        "S2",
                        "411002199203150027",
                        CertificateKind.SKILL_LEVEL,
                        "电工",
                        SkillLevel.JUNIOR,
                        LocalDate.of(2024, 2, 29),
                        INSTITUTION));
        listed("电工", SkillLevel.JUNIOR, "2023-01-01", "2024-03-01");

        List<Result> results = assess("S1", "S2");

        assertThat(results.get(0).reasons()).containsExactly("INSTITUTION_NOT_LISTED");
        assertThat(results.get(1).reasons()).isEmpty();
    }

    @Test
    void shouldRefuseALevelTheInstitutionIsNotListedFor() {
        certificate("S1", SkillLevel.SENIOR, ISSUED, INSTITUTION);
        listed("电工", SkillLevel.JUNIOR, "2023-01-01", null);
        listed("焊工", SkillLevel.SENIOR, "2023-01-01", null);

        assertThat(assessOne("S1").reasons()).containsExactly("INSTITUTION_NOT_LISTED");
    }

    @Test
    void shouldLeaveALevelWithoutAStandardToTheReviewerAndPayNothing() {
        for (SkillLevel level :
                List.of(SkillLevel.APPRENTICE, SkillLevel.PRINCIPAL_TECHNICIAN, SkillLevel.CHIEF_TECHNICIAN)) {
            certificates.clear();
            listings.clear();
            certificate("S1", level, ISSUED, INSTITUTION);
            listed("电工", level, "2023-01-01", null);

            Result result = assessOne("S1");

            assertThat(result.reasons()).as(level.name()).containsExactly("NO_SUBSIDY_STANDARD");
            assertThat(result.amount()).isZero();
        }
    }

    @Test
    void shouldRefuseAPersonOccupationAndLevelAlreadyGrantedWhoeverClaimed() {
        certificate("S1", SkillLevel.SENIOR, ISSUED, INSTITUTION);
        listed("电工", SkillLevel.SENIOR, "2023-01-01", null);
        granted.add(PERSON + "|电工|SENIOR");

        Result result = assessOne("S1");

        assertThat(result.reasons()).containsExactly("ALREADY_PAID");
        assertThat(result.amount()).isZero();
    }

    @Test
    void shouldRefuseTheSameCertificateOrTheSamePersonOccupationAndLevelTwiceInOneClaim() {
        certificate("S1", SkillLevel.SENIOR, ISSUED, INSTITUTION);
        certificates.put(
                "Q1",
                new Certificate(
                        "Q1", PERSON, CertificateKind.QUALIFICATION, "电工", SkillLevel.SENIOR, ISSUED, INSTITUTION));
        listed("电工", SkillLevel.SENIOR, "2023-01-01", null);

        List<Result> results = assess("S1", "S1", "Q1", "NOPE", "NOPE");

        assertThat(results.get(0).reasons()).isEmpty();
        assertThat(results.get(1).reasons()).containsExactly("DUPLICATE_IN_CLAIM");
        assertThat(results.get(2).reasons()).containsExactly("DUPLICATE_IN_CLAIM");
        assertThat(results.get(4).reasons()).containsExactly("CERTIFICATE_UNKNOWN", "DUPLICATE_IN_CLAIM");
    }

    @Test
    void shouldListEveryRuleALineFails() {
        certificate("S1", SkillLevel.CHIEF_TECHNICIAN, ISSUED, OTHER);
        granted.add(PERSON + "|电工|CHIEF_TECHNICIAN");

        assertThat(assessOne("S1").reasons())
                .containsExactly(
                        "NOT_ISSUED_BY_INSTITUTION", "INSTITUTION_NOT_LISTED", "NO_SUBSIDY_STANDARD", "ALREADY_PAID");
    }

    private void certificate(String no, SkillLevel level, LocalDate issued, String issuer) {
        certificates.put(no, new Certificate(no, PERSON, CertificateKind.SKILL_LEVEL, "电工", level, issued, issuer));
    }

    private void listed(String occupation, SkillLevel level, String from, String until) {
        listings.add(new Listing(
                null,
                INSTITUTION,
                occupation,
                level,
                "filing",
                LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until)));
    }

    private Result assessOne(String no) {
        return assess(no).get(0);
    }

    private List<Result> assess(String... numbers) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            lines.add(new Line(i + 1, numbers[i]));
        }
        Facts facts = new Facts(certificates, Map.of(PERSON, "张伟"), listings, granted);
        return EvaluationEligibility.assess(INSTITUTION, lines, facts, SEED);
    }
}
