package cn.xuchang.hrss.subsidy.efile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.kernel.Groups;
import cn.xuchang.hrss.subsidy.registry.Registry;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker whose e-file holds everything it can: two certificates (one from an evaluation institution), a hiring
 * subsidy paid to their employer, an evaluation subsidy in city review, a certified training voucher and a trained one
 * whose validity ended without a certificate (rows put into training_voucher as the voucher process would).
 */
abstract class EFileFixture extends InstitutionIntegrationTest {

    static final LocalDate HIRED_ON = LocalDate.of(2025, 2, 10);
    static final LocalDate EVALUATED_ON = LocalDate.of(2025, 3, 20);

    @Autowired
    Registry registry;

    /** What a test needs to know of the worker's file. */
    record Worker(
            String idNumber,
            String enterprise,
            String hiringClaim,
            String evaluator,
            String evaluationClaim,
            String evaluatedCertificate,
            String trainer,
            String certifiedVoucher,
            String lapsedVoucher) {}

    Worker worker() {
        String id = TestData.idNumber();
        String enterprise = enterprise("SMALL", WEIDU);
        String evaluator = institution();
        String trainer = institution("TRAINING");
        String held = "C" + id;
        String evaluated = "E" + id;
        Response person = admin().put(
                        "/api/v1/persons/" + id,
                        Map.of(
                                "name",
                                "陈𠮷",
                                "certificates",
                                List.of(
                                        certificate(held, "电工", "INTERMEDIATE", HIRED_ON.minusMonths(3), null),
                                        certificate(evaluated, "焊工", "SENIOR", EVALUATED_ON, evaluator))));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        registry.putLoginUser(id, "陈𠮷", PASSWORD, Groups.WORKER);

        contributions(id, enterprise, YearMonth.from(HIRED_ON), 12);
        Response hiring = submitHiring(enterprise, 2025, hires(id, HIRED_ON));
        assertThat(hiring.status()).as(hiring.toString()).isEqualTo(201);
        String hiringClaim = hiring.text("id");
        assertThat(decide(COUNTY_WEIDU, taskOf(COUNTY_WEIDU, hiringClaim, "user_county_review"), "APPROVE", "材料齐全")
                        .status())
                .isEqualTo(204);
        assertThat(decide(CITY, taskOf(CITY, hiringClaim, "user_city_review"), "APPROVE", "同意拨付")
                        .status())
                .isEqualTo(204);
        runJobs(hiring.text("processInstanceId"));
        assertThat(claim(enterprise, hiringClaim).path("status").asText()).isEqualTo("PAID");

        listingSince(evaluator, "焊工", "SENIOR", "2023-01-01", null);
        Response evaluation = claimEvaluation(evaluator, evaluated);
        assertThat(evaluation.status()).as(evaluation.toString()).isEqualTo(201);
        assertThat(evaluation.body().path("items").get(0).path("eligible").asBoolean())
                .as(evaluation.toString())
                .isTrue();

        String certifiedVoucher = "TV" + id.substring(6, 16) + "A";
        String lapsedVoucher = "TV" + id.substring(6, 16) + "B";
        voucher(certifiedVoucher, id, "焊工", "SENIOR", "CERTIFIED", trainer, LocalDate.of(2025, 1, 5), 80, evaluated);
        voucher(lapsedVoucher, id, "电工", "SENIOR", "TRAINED", trainer, LocalDate.of(2024, 1, 5), 64, null);
        return new Worker(
                id,
                enterprise,
                hiringClaim,
                evaluator,
                evaluation.text("id"),
                evaluated,
                trainer,
                certifiedVoucher,
                lapsedVoucher);
    }

    /** A worker login with no e-file content beyond their registration. */
    String anotherWorker() {
        String id = TestData.idNumber();
        Response person = admin().put("/api/v1/persons/" + id, Map.of("name", "王五", "certificates", List.of()));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        registry.putLoginUser(id, "王五", PASSWORD, Groups.WORKER);
        return id;
    }

    private static Map<String, Object> certificate(
            String no, String occupation, String level, LocalDate issuedOn, String issuer) {
        Map<String, Object> certificate = new LinkedHashMap<>();
        certificate.put("certificateNo", no);
        certificate.put("kind", "SKILL_LEVEL");
        certificate.put("occupation", occupation);
        certificate.put("level", level);
        certificate.put("issuedOn", issuedOn.toString());
        certificate.put("issuerCreditCode", issuer);
        return certificate;
    }

    /** A voucher issued a year before its validity ends, enrolled a week after issue and trained for {@code hours}. */
    void voucher(
            String code,
            String idNumber,
            String occupation,
            String level,
            String status,
            String institution,
            LocalDate issuedOn,
            int hours,
            String certificateNo) {
        LocalDate enrolledOn = issuedOn.plusDays(7);
        jdbc.update(
                "INSERT INTO training_voucher (code, id_number, occupation, level, face_value, status, live_key,"
                        + " issued_on, expires_on, institution_credit_code, enrolled_on, completed_on, hours,"
                        + " certificate_no, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, 1500, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                code,
                idNumber,
                occupation,
                level,
                status,
                idNumber + "|" + occupation + "|" + level,
                Date.valueOf(issuedOn),
                Date.valueOf(issuedOn.plusYears(1)),
                institution,
                Date.valueOf(enrolledOn),
                Date.valueOf(enrolledOn.plusMonths(2)),
                hours,
                certificateNo);
    }
}
