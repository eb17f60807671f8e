package cn.xuchang.hrss.subsidy.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry contract of API.md: what is stored, what is refused, and that a refusal stores nothing. */
class RegistryApiIT extends ApiIntegrationTest {

    @Test
    void shouldCreateThenUpdateAnEnterpriseAndItsLoginUser() {
        String code = TestData.creditCode(WEIDU);
        Map<String, Object> body =
                Map.of("name", "许昌某某电气有限公司", "scale", "SMALL", "countyCode", WEIDU, "password", PASSWORD);

        Response created = admin().put("/api/v1/enterprises/" + code, body);
        Response updated = admin().put(
                        "/api/v1/enterprises/" + code,
                        Map.of("name", "许昌某某电气股份有限公司", "scale", "MEDIUM", "countyCode", JIANAN));

        assertThat(created.status()).isEqualTo(201);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("scale")).isEqualTo("MEDIUM");
        assertThat(identity.checkPassword(code, PASSWORD)).isTrue();
        assertThat(identity.createUserQuery()
                        .userId(code)
                        .memberOfGroup("enterprise")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseABadCreditCodeAnUnknownCountyAndAMissingPasswordAndStoreNothing() {
        String code = TestData.creditCode(WEIDU);
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

        Response badCode = admin().put(
                        "/api/v1/enterprises/" + wrongCheck,
                        Map.of("name", "某企业", "scale", "SMALL", "countyCode", WEIDU, "password", PASSWORD));
        Response unknownCounty = admin().put(
                        "/api/v1/enterprises/" + code,
                        Map.of("name", "某企业", "scale", "SMALL", "countyCode", "999999", "password", PASSWORD));
        Response noPassword = admin().put(
                        "/api/v1/enterprises/" + code, Map.of("name", "某企业", "scale", "SMALL", "countyCode", WEIDU));
        Response badScale = admin().put(
                        "/api/v1/enterprises/" + code,
                        Map.of("name", "某企业", "scale", "HUGE", "countyCode", WEIDU, "password", PASSWORD));

        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.code()).isEqualTo("INVALID_CREDIT_CODE");
        assertThat(unknownCounty.code()).isEqualTo("UNKNOWN_REGION");
        assertThat(noPassword.code()).isEqualTo("PASSWORD_REQUIRED");
        assertThat(badScale.status()).isEqualTo(400);
        assertThat(badScale.code()).isEqualTo("INVALID_REQUEST");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE credit_code = ?", Integer.class, code))
                .isZero();
        assertThat(identity.createUserQuery().userId(code).count()).isZero();
    }

    @Test
    void shouldStoreAPersonWithCertificatesAndRefuseABadIdNumber() {
        String id = TestData.idNumber();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');

        Response stored = admin().put("/api/v1/persons/" + id, person("S" + id, "2024-06-30"));
        Response refused = admin().put("/api/v1/persons/" + wrong, person("T" + id, "2024-06-30"));

        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.body().path("certificates")).hasSize(1);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM certificate WHERE certificate_no = ?", Integer.class, "T" + id))
                .isZero();
    }

    @Test
    void shouldRefuseACertificateThatBelongsToSomeoneElseOrIsMalformed() {
        String first = TestData.idNumber();
        String second = TestData.idNumber();
        admin().put("/api/v1/persons/" + first, person("X" + first, "2024-06-30"));

        Response conflict = admin().put("/api/v1/persons/" + second, person("X" + first, "2024-06-30"));
        Response future = admin().put("/api/v1/persons/" + second, person("F" + second, "2999-01-01"));
        Response specialWithLevel = admin().put(
                        "/api/v1/persons/" + second,
                        Map.of(
                                "name",
                                "李四",
                                "certificates",
                                List.of(Map.of(
                                        "certificateNo", "P" + second,
                                        "kind", "SPECIAL_ABILITY",
                                        "occupation", "中式面点师",
                                        "level", "JUNIOR",
                                        "issuedOn", "2024-01-01"))));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("CERTIFICATE_CONFLICT");
        assertThat(future.code()).isEqualTo("INVALID_CERTIFICATE");
        assertThat(specialWithLevel.code()).isEqualTo("INVALID_CERTIFICATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id_number = ?", Integer.class, second))
                .isZero();
    }

    @Test
    void shouldStoreAContributionSentTwiceOnceAndRefuseABatchWithABadRecord() {
        String id = TestData.idNumber();
        String employer = TestData.creditCode(WEIDU);
        List<Map<String, String>> batch = List.of(
                Map.of("idNumber", id, "employerCreditCode", employer, "month", "2025-03"),
                Map.of("idNumber", id, "employerCreditCode", employer, "month", "2025-04"));

        Response first = admin().post("/api/v1/social-insurance/contributions", batch);
        Response again = admin().post("/api/v1/social-insurance/contributions", batch);
        Response badMonth = admin().post(
                        "/api/v1/social-insurance/contributions",
                        List.of(
                                Map.of("idNumber", id, "employerCreditCode", employer, "month", "2025-05"),
                                Map.of("idNumber", id, "employerCreditCode", employer, "month", "2025-13")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("accepted").asInt()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(200);
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.code()).isEqualTo("INVALID_MONTH");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM social_insurance_contribution WHERE id_number = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void shouldLetOnlyAdministratorsAndTheDataFeedRegister() {
        user("it-feed", "data-exchange");
        String enterprise = enterprise("SMALL", WEIDU);
        String id = TestData.idNumber();

        Response byFeed = as("it-feed").put("/api/v1/persons/" + id, person("D" + id, "2024-06-30"));
        Response byEnterprise =
                as(enterprise).put("/api/v1/persons/" + TestData.idNumber(), person("E" + id, "2024-06-30"));
        Response byReviewer = as(CITY).post("/api/v1/social-insurance/contributions", List.of());
        Response anonymous = api.anonymous().put("/api/v1/persons/" + id, person("A" + id, "2024-06-30"));

        assertThat(byFeed.status()).isEqualTo(201);
        assertThat(byEnterprise.status()).isEqualTo(403);
        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void shouldStoreACertificatesOccupationAsItsCodeWhetherNamedByNameAliasOrCode() {
        String id = TestData.idNumber();

        Response stored = admin().put(
                        "/api/v1/persons/" + id,
                        Map.of(
                                "name",
                                "王五",
                                "certificates",
                                List.of(
                                        certificate("N" + id, " 电工 "),
                                        certificate("C" + id, "6-18-02-04"),
                                        certificate("A" + id, "维修电工"))));

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(jdbc.queryForList(
                        "SELECT occupation FROM certificate WHERE id_number = ? ORDER BY certificate_no",
                        String.class,
                        id))
                .containsExactly("6-31-01-03", "6-18-02-04", "6-31-01-03");
        Map<String, String[]> returned = new java.util.HashMap<>();
        stored.body()
                .path("certificates")
                .forEach(c -> returned.put(c.path("certificateNo").asText(), new String[] {
                    c.path("occupation").asText(), c.path("occupationCode").asText()
                }));
        assertThat(returned.get("N" + id)).containsExactly("电工", "6-31-01-03");
        assertThat(returned.get("C" + id)).containsExactly("焊工", "6-18-02-04");
        assertThat(returned.get("A" + id)).containsExactly("电工", "6-31-01-03");
    }

    @Test
    void shouldRefuseAnUnknownOccupationAndStoreNothingOfThePerson() {
        String id = TestData.idNumber();

        Response refused = admin().put(
                        "/api/v1/persons/" + id,
                        Map.of(
                                "name",
                                "赵六",
                                "certificates",
                                List.of(certificate("K" + id, "电工"), certificate("U" + id, "电工工"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("UNKNOWN_OCCUPATION");
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body().path("detail").asText()).contains("电工工");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id_number = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certificate WHERE id_number = ?", Integer.class, id))
                .isZero();
    }

    private static Map<String, Object> certificate(String certificateNo, String occupation) {
        return Map.of(
                "certificateNo", certificateNo,
                "kind", "SKILL_LEVEL",
                "occupation", occupation,
                "level", "INTERMEDIATE",
                "issuedOn", "2024-06-30");
    }

    private static Map<String, Object> person(String certificateNo, String issuedOn) {
        return Map.of(
                "name",
                "张三",
                "certificates",
                List.of(Map.of(
                        "certificateNo", certificateNo,
                        "kind", "SKILL_LEVEL",
                        "occupation", "电工",
                        "level", "INTERMEDIATE",
                        "issuedOn", issuedOn,
                        "issuerCreditCode", "12411000MB0000000X")));
    }
}
