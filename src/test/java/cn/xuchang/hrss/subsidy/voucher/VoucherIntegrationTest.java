package cn.xuchang.hrss.subsidy.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.institution.Institutions;
import cn.xuchang.hrss.subsidy.institution.OccupationLevel;
import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

/** Workers, training institutions and vouchers over HTTP, for the voucher integration tests. */
abstract class VoucherIntegrationTest extends InstitutionIntegrationTest {

    @Autowired
    Institutions institutions;

    /** A registered person with a worker login (ID number, test password). */
    String worker() {
        String id = TestData.idNumber();
        Response response = admin().put("/api/v1/persons/" + id, Map.of("name", "王芳", "password", PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    /** A training institution listed for training in the occupation and level from a year ago. */
    String trainingInstitution(String occupation, String level) {
        String institution = institution("TRAINING");
        institutions.list(
                institution,
                "test",
                List.of(new OccupationLevel(occupation, SkillLevel.valueOf(level))),
                LocalDate.now().minusYears(1));
        return institution;
    }

    /** An evaluation institution listed for evaluation in the occupation and level from a year ago. */
    String evaluationInstitution(String occupation, String level) {
        String institution = institution("EVALUATION");
        institutions.list(
                institution,
                "test",
                List.of(new OccupationLevel(occupation, SkillLevel.valueOf(level))),
                LocalDate.now().minusYears(1));
        return institution;
    }

    Response issue(String worker, String occupation, String level) {
        return as(worker).post("/api/v1/training-vouchers", Map.of("occupation", occupation, "level", level));
    }

    String issued(String worker, String occupation, String level) {
        Response response = issue(worker, occupation, level);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("code");
    }

    Response enrol(String institution, String code, String idNumber) {
        return as(institution).post("/api/v1/training-vouchers/" + code + "/enrolment", Map.of("idNumber", idNumber));
    }

    Response complete(String institution, String code, int hours, LocalDate completedOn) {
        return as(institution)
                .post(
                        "/api/v1/training-vouchers/" + code + "/completion",
                        Map.of("hours", hours, "completedOn", completedOn.toString()));
    }

    /** Registers a certificate for the worker through the registry feed, as the data exchange would. */
    void certify(String worker, String certificateNo, String occupation, String level, String issuer, LocalDate on) {
        Map<String, Object> certificate = new HashMap<>();
        certificate.put("certificateNo", certificateNo);
        certificate.put("kind", "SKILL_LEVEL");
        certificate.put("occupation", occupation);
        certificate.put("level", level);
        certificate.put("issuedOn", on.toString());
        certificate.put("issuerCreditCode", issuer);
        Response response =
                admin().put("/api/v1/persons/" + worker, Map.of("name", "王芳", "certificates", List.of(certificate)));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** A voucher of the worker enrolled with and trained by the institution, certified by a listed evaluator. */
    String certifiedVoucher(String worker, String trainer, String evaluator) {
        String code = issued(worker, "电工", "JUNIOR");
        assertThat(enrol(trainer, code, worker).status()).isEqualTo(200);
        assertThat(complete(trainer, code, 80, LocalDate.now()).status()).isEqualTo(200);
        certify(worker, "V" + code, "电工", "JUNIOR", evaluator, LocalDate.now());
        return code;
    }

    Response redeem(String institution, String... codes) {
        return as(institution).post("/api/v1/training-vouchers/redemptions", Map.of("codes", List.of(codes)));
    }

    String status(String code) {
        return jdbc.queryForObject("SELECT status FROM training_voucher WHERE code = ?", String.class, code);
    }

    String processOf(String code) {
        return jdbc.queryForObject(
                "SELECT process_instance_id FROM training_voucher WHERE code = ?", String.class, code);
    }
}
