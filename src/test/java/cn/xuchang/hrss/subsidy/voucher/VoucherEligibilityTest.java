package cn.xuchang.hrss.subsidy.voucher;

import static cn.xuchang.hrss.subsidy.voucher.TrainingVoucherStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.voucher.VoucherEligibility.CertificateFacts;
import cn.xuchang.hrss.subsidy.voucher.VoucherEligibility.Refusal;
import cn.xuchang.hrss.subsidy.voucher.VoucherEligibility.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The training-voucher rules as specifications, without Spring or an engine. */
class VoucherEligibilityTest {

    static final String HOLDER = "411002199001010014";
    static final String ELECTRICIAN = "6-31-01-03";
    static final String TRAINER = "12411000MB0000002A";
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 1);
    static final LocalDate ENROLLED_ON = LocalDate.of(2026, 4, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 2, 28);
    static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    static TrainingVoucher voucher(TrainingVoucherStatus status) {
        return voucher("PXQ2026AAAAAAAAAA", status);
    }

    static TrainingVoucher voucher(String code, TrainingVoucherStatus status) {
        boolean enrolled = status != ISSUED && status != EXPIRED;
        return new TrainingVoucher(
                code,
                HOLDER,
                ELECTRICIAN,
                SkillLevel.JUNIOR,
                THOUSAND,
                "std:1",
                status,
                ISSUED_ON,
                LAST_DAY,
                enrolled ? TRAINER : null,
                enrolled ? ENROLLED_ON : null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static String code(Optional<Refusal> refusal) {
        return refusal.map(Refusal::code).orElse("NONE");
    }

    @Nested
    class Issue {
        @Test
        void shouldIssueALevelWithAFaceValueToAWorkerWithoutThatCertificate() {
            assertThat(VoucherEligibility.refuseIssue(SkillLevel.JUNIOR, false, Set.of(), THOUSAND))
                    .isEmpty();
        }

        @Test
        void shouldRefuseASecondLiveVoucher() {
            assertThat(code(VoucherEligibility.refuseIssue(SkillLevel.JUNIOR, true, Set.of(), THOUSAND)))
                    .isEqualTo("VOUCHER_ALREADY_HELD");
        }

        @Test
        void shouldRefuseALevelHeldOrPassedButNotAHigherOne() {
            Set<SkillLevel> held = Set.of(SkillLevel.INTERMEDIATE);
            assertThat(code(VoucherEligibility.refuseIssue(SkillLevel.JUNIOR, false, held, THOUSAND)))
                    .isEqualTo("CERTIFICATE_ALREADY_HELD");
            assertThat(code(VoucherEligibility.refuseIssue(SkillLevel.INTERMEDIATE, false, held, THOUSAND)))
                    .isEqualTo("CERTIFICATE_ALREADY_HELD");
            assertThat(VoucherEligibility.refuseIssue(SkillLevel.SENIOR, false, held, THOUSAND))
                    .isEmpty();
        }

        @Test
        void shouldRefuseALevelWithoutAFaceValue() {
            assertThat(code(VoucherEligibility.refuseIssue(SkillLevel.TECHNICIAN, false, Set.of(), null)))
                    .isEqualTo("NO_VOUCHER_STANDARD");
        }
    }

    @Nested
    class Enrolment {
        @Test
        void shouldEnrolTheHolderAtAListedInstitutionWithinTheValidity() {
            assertThat(VoucherEligibility.refuseEnrolment(voucher(ISSUED), HOLDER, true, LAST_DAY))
                    .isEmpty();
        }

        @Test
        void shouldRefuseAnyoneButTheHolder() {
            assertThat(code(VoucherEligibility.refuseEnrolment(
                            voucher(ISSUED), "411002199001010022", true, ENROLLED_ON)))
                    .isEqualTo("VOUCHER_NOT_TRANSFERABLE");
        }

        @Test
        void shouldRefuseAfterTheLastValidDayAndAnExpiredVoucher() {
            assertThat(code(VoucherEligibility.refuseEnrolment(voucher(ISSUED), HOLDER, true, LAST_DAY.plusDays(1))))
                    .isEqualTo("VOUCHER_EXPIRED");
            assertThat(code(VoucherEligibility.refuseEnrolment(voucher(EXPIRED), HOLDER, true, ENROLLED_ON)))
                    .isEqualTo("VOUCHER_EXPIRED");
        }

        @Test
        void shouldRefuseAVoucherEnrolledOrUsed() {
            for (TrainingVoucherStatus status : List.of(ENROLLED, TRAINED, CERTIFIED, REDEEMED, LAPSED)) {
                assertThat(code(VoucherEligibility.refuseEnrolment(voucher(status), HOLDER, true, ENROLLED_ON)))
                        .as(status.name())
                        .isEqualTo("VOUCHER_NOT_ISSUED");
            }
        }

        @Test
        void shouldRefuseAnInstitutionNotListedForTheOccupationAndLevel() {
            assertThat(code(VoucherEligibility.refuseEnrolment(voucher(ISSUED), HOLDER, false, ENROLLED_ON)))
                    .isEqualTo("INSTITUTION_NOT_LISTED");
        }

        @Test
        void shouldRecordCompletionOnlyForAnEnrolledVoucher() {
            assertThat(VoucherEligibility.refuseCompletion(voucher(TrainingVoucherStatus.ENROLLED)))
                    .isEmpty();
            assertThat(code(VoucherEligibility.refuseCompletion(voucher(TRAINED))))
                    .isEqualTo("VOUCHER_NOT_ENROLLED");
            assertThat(code(VoucherEligibility.refuseCompletion(voucher(ISSUED))))
                    .isEqualTo("VOUCHER_NOT_ENROLLED");
        }
    }

    @Nested
    class Certification {
        static CertificateFacts certificate(String occupation, SkillLevel level, LocalDate on, boolean listed) {
            return new CertificateFacts("S1", HOLDER, occupation, level, on, listed);
        }

        @Test
        void shouldCertifyWithTheHoldersCertificateOfThatOccupationAndLevelFromAListedEvaluator() {
            assertThat(VoucherEligibility.certifies(
                            voucher(TRAINED), certificate(ELECTRICIAN, SkillLevel.JUNIOR, ENROLLED_ON, true)))
                    .isTrue();
            assertThat(VoucherEligibility.certifies(
                            voucher(TRAINED), certificate(ELECTRICIAN, SkillLevel.JUNIOR, LAST_DAY, true)))
                    .isTrue();
        }

        @Test
        void shouldNotCertifyWithAnyOtherCertificate() {
            TrainingVoucher trained = voucher(TRAINED);
            assertThat(VoucherEligibility.certifies(
                            trained, certificate("6-18-02-04", SkillLevel.JUNIOR, ENROLLED_ON, true)))
                    .as("another occupation")
                    .isFalse();
            assertThat(VoucherEligibility.certifies(
                            trained, certificate(ELECTRICIAN, SkillLevel.INTERMEDIATE, ENROLLED_ON, true)))
                    .as("another level")
                    .isFalse();
            assertThat(VoucherEligibility.certifies(
                            trained, certificate(ELECTRICIAN, SkillLevel.JUNIOR, ENROLLED_ON.minusDays(1), true)))
                    .as("issued before the enrolment")
                    .isFalse();
            assertThat(VoucherEligibility.certifies(
                            trained, certificate(ELECTRICIAN, SkillLevel.JUNIOR, LAST_DAY.plusDays(1), true)))
                    .as("issued after the validity")
                    .isFalse();
            assertThat(VoucherEligibility.certifies(
                            trained, certificate(ELECTRICIAN, SkillLevel.JUNIOR, ENROLLED_ON, false)))
                    .as("an evaluator not on the catalogue")
                    .isFalse();
            assertThat(VoucherEligibility.certifies(
                            trained,
                            new CertificateFacts(
                                    "S1", "411002199001010022", ELECTRICIAN, SkillLevel.JUNIOR, ENROLLED_ON, true)))
                    .as("someone else's certificate")
                    .isFalse();
            assertThat(VoucherEligibility.certifies(
                            voucher(TrainingVoucherStatus.ENROLLED),
                            certificate(ELECTRICIAN, SkillLevel.JUNIOR, ENROLLED_ON, true)))
                    .as("training not completed yet")
                    .isFalse();
        }
    }

    @Nested
    class Redemption {
        static final TrainingVoucher CERTIFIED_HERE = voucher("PXQ2026CCCCCCCCCC", CERTIFIED);

        static List<Result> assess(List<String> codes, Set<String> granted, TrainingVoucher... vouchers) {
            Map<String, TrainingVoucher> byCode = new java.util.HashMap<>();
            for (TrainingVoucher v : vouchers) {
                byCode.put(v.code(), v);
            }
            return VoucherEligibility.assessRedemption(TRAINER, codes, byCode, Map.of(HOLDER, "王芳"), granted);
        }

        @Test
        void shouldPayTheFaceValueOfACertifiedVoucherEnrolledHereAndReserveItsCode() {
            Result result = assess(List.of(CERTIFIED_HERE.code()), Set.of(), CERTIFIED_HERE)
                    .get(0);

            assertThat(result.eligible()).isTrue();
            assertThat(result.amount()).isEqualByComparingTo("1000");
            assertThat(result.grantKey()).isEqualTo(CERTIFIED_HERE.code());
            assertThat(result.holderName()).isEqualTo("王芳");
        }

        @Test
        void shouldRefuseNoCertificateNoPay() {
            TrainingVoucher trained = voucher("PXQ2026TTTTTTTTTT", TRAINED);
            TrainingVoucher lapsed = voucher("PXQ2026LLLLLLLLLL", LAPSED);

            List<Result> results = assess(List.of(trained.code(), lapsed.code()), Set.of(), trained, lapsed);

            assertThat(results).allSatisfy(r -> {
                assertThat(r.reasons()).containsExactly("NOT_CERTIFIED");
                assertThat(r.amount()).isZero();
            });
        }

        @Test
        void shouldRefuseAVoucherEnrolledElsewhereAndAnUnknownCode() {
            TrainingVoucher elsewhere = new TrainingVoucher(
                    "PXQ2026EEEEEEEEEE",
                    HOLDER,
                    ELECTRICIAN,
                    SkillLevel.JUNIOR,
                    THOUSAND,
                    null,
                    CERTIFIED,
                    ISSUED_ON,
                    LAST_DAY,
                    "12411000MB0000003Y",
                    ENROLLED_ON,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);

            List<Result> results = assess(List.of(elsewhere.code(), "PXQ2026UNKNOWN00"), Set.of(), elsewhere);

            assertThat(results.get(0).reasons()).containsExactly("NOT_ENROLLED_HERE");
            assertThat(results.get(0).holderName())
                    .as("a stranger's holder is not disclosed")
                    .isNull();
            assertThat(results.get(1).reasons()).containsExactly("VOUCHER_UNKNOWN");
        }

        @Test
        void shouldRefuseAVoucherRedeemedOrReservedByAnotherClaim() {
            TrainingVoucher redeemed = voucher("PXQ2026RRRRRRRRRR", REDEEMED);

            List<Result> results = assess(
                    List.of(redeemed.code(), CERTIFIED_HERE.code()),
                    Set.of(CERTIFIED_HERE.code()),
                    redeemed,
                    CERTIFIED_HERE);

            assertThat(results).allSatisfy(r -> assertThat(r.reasons()).containsExactly("ALREADY_REDEEMED"));
        }

        @Test
        void shouldPayACodeListedTwiceOnce() {
            List<Result> results =
                    assess(List.of(CERTIFIED_HERE.code(), " " + CERTIFIED_HERE.code() + " "), Set.of(), CERTIFIED_HERE);

            assertThat(results.get(0).eligible()).isTrue();
            assertThat(results.get(1).reasons()).containsExactly("DUPLICATE_IN_CLAIM");
        }
    }
}
