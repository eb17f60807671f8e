package cn.xuchang.hrss.subsidy.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Download;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.InstitutionIntegrationTest;
import cn.xuchang.hrss.subsidy.support.Rosters;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/**
 * 免申即享 offers, application receipts, and roster claims of the referral and evaluation subsidies (API.md,
 * "Applicant portal and roster files").
 */
class OffersAndReceiptsApiIT extends InstitutionIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 3, 1);

    @Test
    void offeredHiresSubmittedGiveExactlyTheOfferedAmounts() {
        String enterprise = enterprise("SMALL", WEIDU);
        String first = eligibleHire(enterprise, HIRED);
        String second = eligibleHire(enterprise, HIRED.plusMonths(2));
        String uncertified = certifiedPerson(HIRED.plusMonths(6));
        contributions(uncertified, enterprise, YearMonth.from(HIRED), 12);
        String shortStay = certifiedPerson(HIRED.minusYears(1));
        contributions(shortStay, enterprise, YearMonth.from(HIRED), 5);

        Response offers = as(enterprise).get("/api/v1/hiring-subsidy/offers?year=2025");

        assertThat(offers.status()).as(offers.toString()).isEqualTo(200);
        assertThat(offers.body().path("year").asInt()).isEqualTo(2025);
        assertThat(ids(offers.body().path("items"))).containsExactly(first, second);
        assertThat(offers.body().path("items").get(0).path("hiredOn").asText()).isEqualTo("2025-03-01");
        assertThat(offers.body().path("items").get(1).path("hiredOn").asText()).isEqualTo("2025-05-01");
        assertThat(offers.body().path("items").get(0).path("name").asText()).isEqualTo("张三");
        assertThat(offers.body().path("totalAmount").asInt()).isEqualTo(2000);
        assertThat(rows("SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", enterprise))
                .isZero();

        List<Map<String, String>> hires = new ArrayList<>();
        offers.body()
                .path("items")
                .forEach(item -> hires.add(Map.of(
                        "idNumber",
                        item.path("idNumber").asText(),
                        "hiredOn",
                        item.path("hiredOn").asText())));
        Response claim = as(enterprise).post("/api/v1/hiring-subsidy/claims", Map.of("year", 2025, "hires", hires));

        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.body().path("totalAmount")).isEqualTo(offers.body().path("totalAmount"));
        for (int i = 0; i < 2; i++) {
            JsonNode item = claim.body().path("items").get(i);
            assertThat(item.path("eligible").asBoolean()).isTrue();
            assertThat(item.path("amount"))
                    .isEqualTo(offers.body().path("items").get(i).path("amount"));
        }
        Response after = as(enterprise).get("/api/v1/hiring-subsidy/offers?year=2025");
        assertThat(after.body().path("items"))
                .as("claimed hires are offered no more")
                .isEmpty();
    }

    @Test
    void aHireClaimedByAnotherEnterpriseMeanwhileIsNotOffered() {
        String enterprise = enterprise("SMALL", WEIDU);
        String other = enterprise("MICRO", JIANAN);
        String kept = eligibleHire(enterprise, HIRED);
        String taken = eligibleHire(enterprise, HIRED);
        contributions(taken, other, YearMonth.from(HIRED), 12);
        assertThat(ids(as(enterprise)
                        .get("/api/v1/hiring-subsidy/offers?year=2025")
                        .body()
                        .path("items")))
                .as("offered by hire month, then ID number")
                .containsExactlyElementsOf(Stream.of(kept, taken).sorted().toList());

        Response otherClaim = submitHiring(other, 2025, hires(taken, HIRED));
        assertThat(otherClaim.status()).as(otherClaim.toString()).isEqualTo(201);

        Response offers = as(enterprise).get("/api/v1/hiring-subsidy/offers?year=2025");
        assertThat(ids(offers.body().path("items"))).containsExactly(kept);
        assertThat(offers.body().path("totalAmount").asInt()).isEqualTo(1000);
    }

    @Test
    void theReceiptPrintsTheClaimForItsApplicantAndReviewersOnly() throws IOException {
        String enterprise = enterprise("SMALL", WEIDU);
        String stranger = enterprise("SMALL", WEIDU);
        String id = eligibleHire(enterprise, HIRED);
        admin().put(
                        "/api/v1/persons/" + id,
                        Map.of(
                                "name",
                                "陈𠮷",
                                "certificates",
                                List.of(Map.of(
                                        "certificateNo", "C" + id,
                                        "kind", "SKILL_LEVEL",
                                        "occupation", "电工",
                                        "level", "INTERMEDIATE",
                                        "issuedOn", HIRED.minusMonths(3).toString()))));
        String claimId = submitHiring(enterprise, 2025, hires(id, HIRED)).text("id");
        String path = "/api/v1/hiring-subsidy/claims/" + claimId + "/receipt.pdf";

        Download receipt = as(enterprise).download(path);

        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).isEqualTo("application/pdf");
        String text = text(receipt.bytes());
        assertThat(text).contains("申请回执", claimId, enterprise, "县区初审中", "陈𠮷", id, "1000");
        assertThat(as(COUNTY_WEIDU).download(path).status()).isEqualTo(200);
        assertThat(as(CITY).download(path).status()).isEqualTo(200);
        assertThat(as(COUNTY_JIANAN).download(path).status())
                .as("another county's reviewer")
                .isEqualTo(404);
        assertThat(as(stranger).download(path).status())
                .as("another enterprise")
                .isEqualTo(404);
        assertThat(as(enterprise)
                        .download("/api/v1/referral-subsidy/claims/" + claimId + "/receipt.pdf")
                        .status())
                .as("the claim under another scheme")
                .isEqualTo(404);
        Response refused = as(stranger).get(path);
        assertThat(refused.code()).isEqualTo("CLAIM_NOT_FOUND");
    }

    @Test
    void anAgencyClaimsFromARosterAndItsPrecheckMatches() {
        String agency = agency(JIANAN);
        String employer = enterprise("SMALL", WEIDU);
        String person = certifiedPerson(HIRED.minusMonths(2));
        contributions(person, employer, YearMonth.from(HIRED), 6);
        byte[] roster = Rosters.xlsx(new String[] {"身份证号码", "姓名", "用人单位统一社会信用代码", "入职日期"}, sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(person);
            row.createCell(1).setCellValue("张三");
            row.createCell(2).setCellValue(employer);
            Rosters.dateCell(sheet.getWorkbook(), row, 3, HIRED);
        });

        Response precheck =
                as(agency).multipart("/api/v1/referral-subsidy/claims/precheck", Map.of(), "r.xlsx", roster);
        Response claim = as(agency).multipart("/api/v1/referral-subsidy/claims", Map.of(), "r.xlsx", roster);

        assertThat(precheck.status()).as(precheck.toString()).isEqualTo(200);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(300);
        assertThat(precheck.body().path("items")).isEqualTo(claim.body().path("items"));
        assertThat(as(agency)
                        .download("/api/v1/referral-subsidy/claims/" + claim.text("id") + "/receipt.pdf")
                        .status())
                .isEqualTo(200);

        byte[] noEmployer = Rosters.xlsx(Rosters.HIRING, sheet -> {});
        Response refused = as(agency).multipart("/api/v1/referral-subsidy/claims", Map.of(), "r.xlsx", noEmployer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("INVALID_ROSTER");
        assertThat(refused.body().path("errors").get(0).path("column").asText()).isEqualTo("用人单位统一社会信用代码");
    }

    @Test
    void anInstitutionClaimsFromACertificateListAndItsPrecheckMatches() {
        String institution = institution();
        listingSince(institution, "电工", "INTERMEDIATE", "2023-01-01", null);
        String certificate = certificate(institution, "电工", "INTERMEDIATE", LocalDate.of(2024, 6, 30));
        byte[] list = Rosters.xlsx(new String[] {"证书编号"}, sheet -> {
            sheet.createRow(1).createCell(0).setCellValue(certificate);
            sheet.createRow(2).createCell(0).setCellValue("NO-SUCH-CERTIFICATE");
        });

        Response precheck =
                as(institution).multipart("/api/v1/evaluation-subsidy/claims/precheck", Map.of(), "c.xlsx", list);
        assertThat(precheck.status()).as(precheck.toString()).isEqualTo(200);
        assertThat(rows("SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", institution))
                .isZero();
        Response claim = as(institution).multipart("/api/v1/evaluation-subsidy/claims", Map.of(), "c.xlsx", list);

        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(240);
        assertThat(precheck.body().path("items")).isEqualTo(claim.body().path("items"));
        assertThat(reasons(claim.body().path("items").get(1))).containsExactly("CERTIFICATE_UNKNOWN");
        Download template = as(institution).download("/api/v1/evaluation-subsidy/roster-template.xlsx");
        assertThat(template.status()).isEqualTo(200);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("idNumber").asText()));
        return ids;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
