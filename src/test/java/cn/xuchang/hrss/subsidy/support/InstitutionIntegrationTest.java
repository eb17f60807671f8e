package cn.xuchang.hrss.subsidy.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.occupation.Occupations;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

/** Integration tests of the institution processes: institutions, filings and their approval onto the catalogue. */
public abstract class InstitutionIntegrationTest extends ApiIntegrationTest {

    @Autowired
    protected Occupations occupations;

    /** A new evaluation institution account in 魏都区. */
    protected String institution() {
        return institution("EVALUATION");
    }

    protected String institution(String kind) {
        String code = TestData.creditCode(WEIDU);
        Response response = admin().put(
                        "/api/v1/institutions/" + code,
                        Map.of(
                                "name",
                                "测试评价机构" + code.substring(10),
                                "kind",
                                kind,
                                "countyCode",
                                WEIDU,
                                "password",
                                PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return code;
    }

    protected static Map<String, Object> occupation(String occupation, String... levels) {
        return Map.of("occupation", occupation, "levels", List.of(levels));
    }

    @SafeVarargs
    protected final Response file(String institution, Map<String, Object>... occupations) {
        return as(institution).post("/api/v1/institution-filings", Map.of("occupations", List.of(occupations)));
    }

    /** An institution filed for the occupations and approved by the city: on the catalogue from today. */
    @SafeVarargs
    protected final String listedInstitution(Map<String, Object>... occupations) {
        return listedInstitutionOfKind("EVALUATION", occupations);
    }

    /** An institution of the kind (EVALUATION, TRAINING) filed for the occupations and approved by the city. */
    @SafeVarargs
    protected final String listedInstitutionOfKind(String kind, Map<String, Object>... occupations) {
        String institution = institution(kind);
        Response filing = file(institution, occupations);
        assertThat(filing.status()).as(filing.toString()).isEqualTo(201);
        String task = taskOf(CITY, filing.text("id"), "user_filing_review");
        Response decided = decide(CITY, task, "APPROVE", "材料齐全");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
        return institution;
    }

    /**
     * Puts a listing in the catalogue's history directly, e.g. one that began years ago; the occupation is stored as
     * its catalogue code, as a filing stores it.
     */
    protected void listingSince(String institution, String occupation, String level, String from, String until) {
        jdbc.update(
                "INSERT INTO catalogue_listing (institution_credit_code, occupation, level, filing_id, listed_from,"
                        + " listed_until) VALUES (?, ?, ?, 'test', ?, ?)",
                institution,
                occupations.resolve(occupation).code(),
                level,
                java.sql.Date.valueOf(from),
                until == null ? null : java.sql.Date.valueOf(until));
        jdbc.update(
                "UPDATE institution SET status = 'LISTED' WHERE credit_code = ? AND status = 'REGISTERED'",
                institution);
    }

    /** A registered person holding one certificate (level null: a special ability) issued by the institution. */
    protected String certificate(String issuer, String occupation, String level, LocalDate issuedOn) {
        String id = TestData.idNumber();
        String no = "E" + id;
        certificateOf(id, no, level == null ? "SPECIAL_ABILITY" : "SKILL_LEVEL", issuer, occupation, level, issuedOn);
        return no;
    }

    /** Registers (or adds) a certificate of the person. */
    protected void certificateOf(
            String idNumber,
            String certificateNo,
            String kind,
            String issuer,
            String occupation,
            String level,
            LocalDate issuedOn) {
        Map<String, Object> certificate = new java.util.HashMap<>();
        certificate.put("certificateNo", certificateNo);
        certificate.put("kind", kind);
        certificate.put("occupation", occupation);
        certificate.put("level", level);
        certificate.put("issuedOn", issuedOn.toString());
        certificate.put("issuerCreditCode", issuer);
        Response response =
                admin().put("/api/v1/persons/" + idNumber, Map.of("name", "李娜", "certificates", List.of(certificate)));
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    protected Response claimEvaluation(String institution, String... certificateNos) {
        return as(institution)
                .post("/api/v1/evaluation-subsidy/claims", Map.of("certificateNos", List.of(certificateNos)));
    }

    protected int rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
