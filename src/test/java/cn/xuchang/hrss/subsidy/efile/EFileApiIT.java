package cn.xuchang.hrss.subsidy.efile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code GET /api/v1/persons/{idNumber}/e-file} and its PDF: every certificate, subsidised training and evaluation of
 * the person and every subsidy granted for them with its payee; for the person, reviewers and administrators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EFileApiIT extends EFileFixture {

    @Test
    void shouldShowTheWorkerTheirCertificatesTrainingsEvaluationsAndSubsidies() {
        Worker worker = worker();

        Response response = as(worker.idNumber()).get("/api/v1/persons/" + worker.idNumber() + "/e-file");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode file = response.body();
        assertThat(file.path("idNumber").asText()).isEqualTo(worker.idNumber());
        assertThat(file.path("name").asText()).isEqualTo("陈𠮷");

        assertThat(file.path("certificates").findValuesAsText("certificateNo"))
                .containsExactly("C" + worker.idNumber(), worker.evaluatedCertificate());
        JsonNode evaluated = file.path("certificates").get(1);
        assertThat(evaluated.path("occupation").asText()).isEqualTo("焊工");
        assertThat(evaluated.path("level").asText()).isEqualTo("SENIOR");
        assertThat(evaluated.path("levelName").asText()).isEqualTo("高级工");
        assertThat(evaluated.path("issuerCreditCode").asText()).isEqualTo(worker.evaluator());
        assertThat(evaluated.path("issuer").asText()).startsWith("测试评价机构");

        JsonNode trainings = file.path("trainings");
        assertThat(trainings.findValuesAsText("voucherCode"))
                .containsExactly(worker.lapsedVoucher(), worker.certifiedVoucher());
        JsonNode certified = trainings.get(1);
        assertThat(certified.path("institution").asText()).startsWith("测试评价机构");
        assertThat(certified.path("institutionCreditCode").asText()).isEqualTo(worker.trainer());
        assertThat(certified.path("occupation").asText()).isEqualTo("焊工");
        assertThat(certified.path("level").asText()).isEqualTo("SENIOR");
        assertThat(certified.path("enrolledOn").asText()).isEqualTo("2025-01-12");
        assertThat(certified.path("completedOn").asText()).isEqualTo("2025-03-12");
        assertThat(certified.path("hours").asInt()).isEqualTo(80);
        assertThat(certified.path("status").asText()).isEqualTo("CERTIFIED");
        assertThat(certified.path("certificateNo").asText()).isEqualTo(worker.evaluatedCertificate());
        // trained, but its validity ended without a certificate: worthless, and the e-file says so
        JsonNode lapsed = trainings.get(0);
        assertThat(lapsed.path("status").asText()).isEqualTo("LAPSED");
        assertThat(lapsed.path("statusText").asText()).contains("未取得证书").contains("无证无价");
        assertThat(lapsed.path("hours").asInt()).isEqualTo(64);

        JsonNode evaluations = file.path("evaluations");
        assertThat(evaluations).hasSize(1);
        assertThat(evaluations.get(0).path("certificateNo").asText()).isEqualTo(worker.evaluatedCertificate());
        assertThat(evaluations.get(0).path("institution").asText()).startsWith("测试评价机构");
        assertThat(evaluations.get(0).path("claimId").asText()).isEqualTo(worker.evaluationClaim());
        assertThat(evaluations.get(0).path("amount").asInt()).isEqualTo(280);
        assertThat(evaluations.get(0).path("status").asText()).isEqualTo("CITY_REVIEW");

        JsonNode subsidies = file.path("subsidies");
        // in the order the claims were submitted; MySQL stores whole seconds (sendFractionalSeconds=false), so two
        // claims of one second may come either way
        assertThat(subsidies.findValuesAsText("claimId"))
                .containsExactlyInAnyOrder(worker.hiringClaim(), worker.evaluationClaim());
        JsonNode hiring = bySchemeIn(subsidies, "HIRING");
        assertThat(hiring.path("scheme").asText()).isEqualTo("HIRING");
        assertThat(hiring.path("amount").asInt()).isEqualTo(1000);
        assertThat(hiring.path("status").asText()).isEqualTo("PAID");
        assertThat(hiring.path("payee").asText())
                .isEqualTo("测试企业" + worker.enterprise().substring(10));
        assertThat(hiring.path("payeeId").asText()).isEqualTo(worker.enterprise());
        JsonNode evaluation = bySchemeIn(subsidies, "EVALUATION");
        assertThat(evaluation.path("scheme").asText()).isEqualTo("EVALUATION");
        assertThat(evaluation.path("amount").asInt()).isEqualTo(280);
        assertThat(evaluation.path("status").asText()).isEqualTo("CITY_REVIEW");
        assertThat(evaluation.path("payee").asText())
                .isEqualTo("测试评价机构" + worker.evaluator().substring(10));
    }

    private static JsonNode bySchemeIn(JsonNode subsidies, String scheme) {
        for (JsonNode subsidy : subsidies) {
            if (scheme.equals(subsidy.path("scheme").asText())) {
                return subsidy;
            }
        }
        throw new AssertionError("no " + scheme + " subsidy in " + subsidies);
    }

    @Test
    void shouldKeepTheClaimLinesPersonSoTheFileFindsThemByIndex() {
        Worker worker = worker();

        assertThat(jdbc.queryForList(
                        "SELECT id_number FROM subsidy_claim_item WHERE claim_id IN (?, ?)",
                        String.class,
                        worker.hiringClaim(),
                        worker.evaluationClaim()))
                .containsOnly(worker.idNumber())
                .hasSize(2);
    }

    @Test
    void shouldFillThePersonOfExistingLinesInTheMigrationAndShowAVoucherRedemption() throws Exception {
        Worker worker = worker();
        String redemption = "it-redemption-" + worker.idNumber();
        jdbc.update(
                "INSERT INTO subsidy_claim (id, scheme, applicant_id, applicant_name, county_code, status, total_amount,"
                        + " submitted_at, updated_at) VALUES (?, 'VOUCHER_REDEMPTION', ?, '培训学校甲', '411002', 'PAID',"
                        + " 1500, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                redemption,
                worker.trainer());
        jdbc.update(
                "INSERT INTO subsidy_claim_item (claim_id, line_no, subject, eligible, amount, reasons)"
                        + " VALUES (?, 1, ?, TRUE, 1500, '')",
                redemption,
                worker.certifiedVoucher());
        // lines stored before V9_3 had no person
        jdbc.update(
                "UPDATE subsidy_claim_item SET id_number = NULL WHERE claim_id IN (?, ?)",
                worker.hiringClaim(),
                worker.evaluationClaim());

        String migration = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/resources/db/migration/V9_3__claim_item_person.sql"));
        String sql = migration.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
        for (String statement : sql.split(";")) {
            if (statement.strip().startsWith("UPDATE")) {
                jdbc.update(statement);
            }
        }

        assertThat(jdbc.queryForList(
                        "SELECT id_number FROM subsidy_claim_item WHERE claim_id IN (?, ?, ?)",
                        String.class,
                        worker.hiringClaim(),
                        worker.evaluationClaim(),
                        redemption))
                .hasSize(3)
                .containsOnly(worker.idNumber());
        JsonNode subsidies = as(worker.idNumber())
                .get("/api/v1/persons/" + worker.idNumber() + "/e-file")
                .body()
                .path("subsidies");
        assertThat(subsidies.findValuesAsText("claimId"))
                .containsExactlyInAnyOrder(worker.hiringClaim(), worker.evaluationClaim(), redemption);
        JsonNode voucher = subsidies.get(subsidies.findValuesAsText("claimId").indexOf(redemption));
        assertThat(voucher.path("schemeName").asText()).isEqualTo("职业培训券兑现");
        assertThat(voucher.path("payee").asText()).isEqualTo("培训学校甲");
        assertThat(voucher.path("subject").asText()).isEqualTo(worker.certifiedVoucher());
        assertThat(voucher.path("amount").asInt()).isEqualTo(1500);
    }

    @Test
    void shouldLeaveOutIneligibleLinesAndOtherPeoplesLines() {
        Worker worker = worker();
        String stranger = anotherWorker();
        // the stranger's certificate-less hire is refused: a line about them, but no subsidy
        Response refused = submitHiring(worker.enterprise(), 2025, hires(stranger, EFileFixture.HIRED_ON));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
        assertThat(refused.text("status")).isEqualTo("REJECTED");

        JsonNode strangers =
                as(stranger).get("/api/v1/persons/" + stranger + "/e-file").body();
        assertThat(strangers.path("name").asText()).isEqualTo("王五");
        assertThat(strangers.path("certificates")).isEmpty();
        assertThat(strangers.path("trainings")).isEmpty();
        assertThat(strangers.path("evaluations")).isEmpty();
        assertThat(strangers.path("subsidies")).isEmpty();
        assertThat(as(worker.idNumber())
                        .get("/api/v1/persons/" + worker.idNumber() + "/e-file")
                        .body()
                        .path("subsidies"))
                .hasSize(2);
    }

    @Test
    void shouldShowTheFileToReviewersAndAdministratorsOfAnyCounty() {
        Worker worker = worker();
        String path = "/api/v1/persons/" + worker.idNumber() + "/e-file";

        for (String reader : List.of(ADMIN, CITY, COUNTY_WEIDU, COUNTY_JIANAN)) {
            Response response = as(reader).get(path);
            assertThat(response.status()).as(reader + ": " + response).isEqualTo(200);
            assertThat(response.body().path("subsidies")).hasSize(2);
        }
        // the ID number as typed, with a lower-case x or blanks, is the same person
        assertThat(as(CITY).get(path.replace(
                                worker.idNumber(), worker.idNumber().toLowerCase()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldTellAnyoneElseTheFileDoesNotExist() {
        Worker worker = worker();
        String otherWorker = anotherWorker();
        String enterprise = enterprise("SMALL", WEIDU);
        String agency = agency(WEIDU);
        String institution = institution();
        String expert = "it-efile-expert";
        user(expert, "expert");
        String exchange = "it-efile-exchange";
        user(exchange, "data-exchange");

        Response unknown = admin().get("/api/v1/persons/110101199003070000/e-file");
        assertNotFound(unknown);
        for (String stranger : List.of(otherWorker, enterprise, agency, institution, expert, exchange)) {
            Response json = as(stranger).get("/api/v1/persons/" + worker.idNumber() + "/e-file");
            assertNotFound(json);
            assertThat(json.body().path("title").asText())
                    .isEqualTo(unknown.body().path("title").asText());
            Api.Download pdf = as(stranger).download("/api/v1/persons/" + worker.idNumber() + "/e-file.pdf");
            assertThat(pdf.status()).as(stranger).isEqualTo(404);
        }
        Response anonymous = api.anonymous().get("/api/v1/persons/" + worker.idNumber() + "/e-file");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
        // the worker's own file still opens: the refusals above changed nothing
        assertThat(as(otherWorker)
                        .get("/api/v1/persons/" + otherWorker + "/e-file")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldPrintTheFileWithChineseHeadingsAndTheRareCharacterOfTheName() throws Exception {
        Worker worker = worker();

        Api.Download pdf = as(worker.idNumber()).download("/api/v1/persons/" + worker.idNumber() + "/e-file.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf.bytes());
        assertThat(text)
                .contains("个人实名制电子档案")
                .contains("陈𠮷")
                .contains(worker.idNumber())
                .contains("职业技能证书")
                .contains("补贴性职业技能培训")
                .contains("补贴性职业技能评价")
                .contains("享受的补贴")
                .contains(worker.certifiedVoucher())
                .contains("无证无价")
                .contains("吸纳持证人员就业补助")
                .contains("测试企业" + worker.enterprise().substring(10))
                .contains("已拨付");
        assertThat(as(CITY).download("/api/v1/persons/" + worker.idNumber() + "/e-file.pdf")
                        .status())
                .isEqualTo(200);
    }

    static void assertNotFound(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("PERSON_NOT_FOUND");
        assertThat(response.body().path("title").asText()
                        + response.body().path("detail").asText())
                .contains("没有找到该人员的电子档案");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            pages.add(new PDFTextStripper().getText(document));
            return String.join("", pages).replaceAll("\\s+", "");
        }
    }
}
