package cn.xuchang.hrss.subsidy.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.hrss.subsidy.support.Api.Download;
import cn.xuchang.hrss.subsidy.support.Api.Response;
import cn.xuchang.hrss.subsidy.support.ApiIntegrationTest;
import cn.xuchang.hrss.subsidy.support.Rosters;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hiring claims from roster files (API.md, "Applicant portal and roster files"): the template, the claim and its
 * precheck from a file, and every kind of file that cannot be read, each refused with its rows and columns and with
 * nothing stored.
 */
class HiringRosterApiIT extends ApiIntegrationTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 3, 1);
    private static final String CLAIMS = "/api/v1/hiring-subsidy/claims";
    private static final String PRECHECK = "/api/v1/hiring-subsidy/claims/precheck";

    private String enterprise;

    @BeforeEach
    void enterprise() {
        enterprise = enterprise("SMALL", WEIDU);
    }

    @Test
    void theTemplateIsAWorkbookWithTheRosterHeader() throws IOException {
        Download template = as(enterprise).download("/api/v1/hiring-subsidy/roster-template.xlsx");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(template.disposition()).contains("attachment");
        assertThat(header(template.bytes())).containsExactly("身份证号码", "姓名", "入职日期");
    }

    @Test
    void theOtherSchemesTemplatesHaveTheirHeaders() throws IOException {
        String agency = agency(JIANAN);
        Download referral = as(agency).download("/api/v1/referral-subsidy/roster-template.xlsx");
        assertThat(referral.status()).isEqualTo(200);
        assertThat(header(referral.bytes())).containsExactly("身份证号码", "姓名", "用人单位统一社会信用代码", "入职日期");
    }

    @Test
    void aRosterFileIsClaimedLikeTheSameHiresSentAsJson() {
        String eligible = eligibleHire(enterprise, HIRED);
        String uninsured = certifiedPerson(HIRED.minusMonths(1));
        byte[] roster = Rosters.hiring(eligible, HIRED, uninsured, HIRED.plusDays(9));

        Response precheck = as(enterprise).multipart(PRECHECK, Map.of("year", "2025"), "花名册.xlsx", roster);
        assertThat(precheck.status()).as(precheck.toString()).isEqualTo(200);
        assertThat(claimsOf(enterprise)).as("a precheck stores nothing").isZero();
        assertThat(reservedFor(enterprise)).as("a precheck reserves nothing").isZero();

        Response claim = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "花名册.xlsx", roster);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.text("status")).isEqualTo("COUNTY_REVIEW");
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(1000);
        JsonNode items = claim.body().path("items");
        assertThat(items.get(0).path("idNumber").asText()).isEqualTo(eligible);
        assertThat(items.get(0).path("hiredOn").asText()).isEqualTo("2025-03-01");
        assertThat(items.get(0).path("eligible").asBoolean()).isTrue();
        assertThat(items.get(1).path("hiredOn").asText()).isEqualTo("2025-03-10");
        assertThat(reasons(items.get(1))).containsExactly("EMPLOYMENT_UNDER_12_MONTHS");
        assertThat(precheck.body().path("items"))
                .as("precheck items == claim items")
                .isEqualTo(items);
        assertThat(precheck.body().path("totalAmount")).isEqualTo(claim.body().path("totalAmount"));
    }

    @Test
    void theJsonPrecheckGivesTheClaimsItemsAndStoresNothing() {
        String first = eligibleHire(enterprise, HIRED);
        String second = eligibleHire(enterprise, HIRED.plusMonths(1));
        Map<String, LocalDate> hires = hires(first, HIRED, second, HIRED.plusMonths(1), first, HIRED, "411002", HIRED);
        List<Map<String, String>> lines = new ArrayList<>();
        hires.forEach((id, day) -> lines.add(Map.of("idNumber", id, "hiredOn", day.toString())));
        lines.add(Map.of("idNumber", first, "hiredOn", HIRED.toString()));

        Response precheck = as(enterprise).post(PRECHECK, Map.of("year", 2025, "hires", lines));
        assertThat(precheck.status()).as(precheck.toString()).isEqualTo(200);
        assertThat(claimsOf(enterprise)).isZero();
        assertThat(reservedFor(enterprise)).isZero();
        Response claim = as(enterprise).post(CLAIMS, Map.of("year", 2025, "hires", lines));
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);

        assertThat(precheck.body().path("items")).isEqualTo(claim.body().path("items"));
        assertThat(precheck.body().path("totalAmount").asInt()).isEqualTo(2000);
        assertThat(reasons(precheck.body().path("items").get(3))).contains("DUPLICATE_IN_CLAIM");
        assertThat(reasons(precheck.body().path("items").get(2))).contains("INVALID_ID_NUMBER");
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefused() {
        Response response =
                as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "名单.xlsx", "身份证号码,入职日期\n".getBytes());

        assertInvalid(response);
        assertThat(response.body().path("errors").get(0).path("row").isNull()).isTrue();
        assertThat(response.body().path("errors").get(0).path("message").asText())
                .contains(".xlsx");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithHowToSaveIt() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("花名册").createRow(0).createCell(0).setCellValue("身份证号码");
            workbook.write(out);
            xls = out.toByteArray();
        }
        Response response = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "名单.xls", xls);

        assertInvalid(response);
        assertThat(response.body().path("errors").get(0).path("message").asText())
                .contains(".xls", "另存为");
    }

    @Test
    void mergedCellsAreRefusedWhereTheyAre() {
        String id = eligibleHire(enterprise, HIRED);
        byte[] roster = Rosters.xlsx(Rosters.HIRING, sheet -> {
            row(sheet, 1, id, HIRED);
            row(sheet, 2, id, HIRED);
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
        });
        Response response = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", roster);

        assertInvalid(response);
        assertThat(errors(response)).contains("2|入职日期");
        assertThat(response.body().path("errors").get(0).path("message").asText())
                .contains("合并单元格", "C2:C3");
    }

    @Test
    void formulasAreRefusedCellByCell() {
        String id = eligibleHire(enterprise, HIRED);
        byte[] roster = Rosters.xlsx(Rosters.HIRING, sheet -> {
            row(sheet, 1, id, HIRED);
            Row row = sheet.createRow(2);
            row.createCell(0).setCellFormula("A2");
            Rosters.dateCell(sheet.getWorkbook(), row, 2, HIRED);
            row.getCell(2).setCellFormula("DATE(2025,3,1)");
        });
        Response response = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", roster);

        assertInvalid(response);
        assertThat(errors(response)).containsExactly("3|身份证号码", "3|入职日期");
        assertThat(response.body().path("errors").get(0).path("message").asText())
                .contains("公式");
    }

    @Test
    void datesAsNumbersOrUnreadableTextAndIdNumbersAsNumbersAreListedAll() {
        String id = eligibleHire(enterprise, HIRED);
        byte[] roster = Rosters.xlsx(Rosters.HIRING, sheet -> {
            Row numberDate = sheet.createRow(1);
            numberDate.createCell(0).setCellValue(id);
            numberDate.createCell(2).setCellValue(45717);
            Row textDate = sheet.createRow(2);
            textDate.createCell(0).setCellValue(id);
            textDate.createCell(2).setCellValue("2025年3月1日");
            Row numberId = sheet.createRow(3);
            numberId.createCell(0).setCellValue(411002199001011234d);
            numberId.createCell(2).setCellValue("2025-03-01");
            Row missing = sheet.createRow(4);
            missing.createCell(0).setCellValue(id);
            Row fine = sheet.createRow(5);
            fine.createCell(0).setCellValue(id);
            fine.createCell(2).setCellValue("2025-3-1");
        });
        Response response = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", roster);

        assertInvalid(response);
        assertThat(errors(response)).containsExactly("2|入职日期", "3|入职日期", "4|身份证号码", "5|入职日期");
        JsonNode errors = response.body().path("errors");
        assertThat(errors.get(0).path("message").asText()).contains("数字", "日期格式");
        assertThat(errors.get(1).path("message").asText()).contains("2025年3月1日");
        assertThat(errors.get(2).path("message").asText()).contains("文本");
        assertThat(errors.get(3).path("message").asText()).contains("未填写");
    }

    @Test
    void emptyRowsAreSkippedAndRowsKeepTheSpreadsheetsNumbers() {
        String id = eligibleHire(enterprise, HIRED);
        byte[] roster = Rosters.xlsx(Rosters.HIRING, sheet -> {
            row(sheet, 1, id, HIRED);
            sheet.createRow(2).createCell(1).setCellValue(" ");
            sheet.createRow(3);
            Row bad = sheet.createRow(4);
            bad.createCell(0).setCellValue(id);
            bad.createCell(2).setCellValue("明天");
        });
        Response refused = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", roster);
        assertInvalid(refused);
        assertThat(errors(refused)).containsExactly("5|入职日期");

        byte[] withGaps = Rosters.xlsx(Rosters.HIRING, sheet -> {
            sheet.createRow(1);
            row(sheet, 2, id, HIRED);
            sheet.createRow(3);
        });
        Response claim = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", withGaps);
        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.body().path("items")).hasSize(1);
    }

    @Test
    void aMissingColumnOrHeaderIsRefused() {
        byte[] noDate = Rosters.xlsx(
                new String[] {"身份证号码", "姓名"},
                sheet -> sheet.createRow(1).createCell(0).setCellValue("411002199001011234"));
        Response missing = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", noDate);
        assertInvalid(missing);
        assertThat(errors(missing)).containsExactly("1|入职日期");

        byte[] noHeader = Rosters.xlsx(new String[] {"411002199001011234", "2025-03-01"}, sheet -> {});
        Response headless = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", noHeader);
        assertInvalid(headless);
        assertThat(headless.body().path("errors").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(headless.body().path("errors").get(0).path("message").asText())
                .contains("表头");

        byte[] headerOnly = Rosters.xlsx(Rosters.HIRING, sheet -> {});
        Response empty = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", headerOnly);
        assertInvalid(empty);
        assertThat(empty.body().path("errors").get(0).path("message").asText()).contains("没有数据行");
    }

    @Test
    void aTitleRowAboveTheHeaderAndExtraColumnsAreFine() {
        String id = eligibleHire(enterprise, HIRED);
        byte[] roster = Rosters.xlsx(new String[] {"某某公司 2025 年新招用人员花名册"}, sheet -> {
            Row header = sheet.createRow(1);
            String[] names = {"序号", "入职日期", "岗位", "身份证号码"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("2025-03-01");
            row.createCell(2).setCellValue("电工");
            row.createCell(3).setCellValue(id);
        });
        Response claim = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", roster);

        assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
        assertThat(claim.body().path("items").get(0).path("idNumber").asText()).isEqualTo(id);
        assertThat(claim.body().path("totalAmount").asInt()).isEqualTo(1000);
    }

    @Test
    void moreThan2000RowsAreRefusedAtRow2002() {
        byte[] roster = Rosters.xlsx(Rosters.HIRING, sheet -> {
            for (int i = 1; i <= 2001; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("411002199001011234");
                row.createCell(2).setCellValue("2025-03-01");
            }
        });
        Response response = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "r.xlsx", roster);

        assertInvalid(response);
        assertThat(errors(response)).containsExactly("2002|");
        assertThat(response.body().path("errors").get(0).path("message").asText())
                .contains("2000");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        Response response = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "bomb.xlsx", zipBomb());

        assertInvalid(response);
        assertThat(response.body().path("errors").get(0).path("message").asText())
                .contains("压缩炸弹");
        assertThat(api.get("/api/v1/readiness").status()).isEqualTo(200);
    }

    @Test
    void anUploadOf30MegabytesIsRefusedAndTheServerStaysUp() {
        byte[] huge = new byte[30 * 1024 * 1024];
        Response response = as(enterprise).multipart(CLAIMS, Map.of("year", "2025"), "big.xlsx", huge);

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(claimsOf(enterprise)).isZero();
        assertThat(api.get("/api/v1/readiness").status()).isEqualTo(200);
    }

    @Test
    void aRosterWrittenByLibreOfficeIsRead() throws IOException {
        byte[] roster;
        try (var in = getClass().getResourceAsStream("/rosters/hiring-libreoffice.xlsx")) {
            roster = in.readAllBytes();
        }
        Response precheck = as(enterprise).multipart(PRECHECK, Map.of("year", "2025"), "花名册.xlsx", roster);

        assertThat(precheck.status()).as(precheck.toString()).isEqualTo(200);
        JsonNode items = precheck.body().path("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).path("idNumber").asText()).isEqualTo("41100219900101123X");
        assertThat(items.get(0).path("hiredOn").asText()).isEqualTo("2025-02-10");
        assertThat(items.get(1).path("hiredOn").asText()).isEqualTo("2025-03-01");
        assertThat(items.get(2).path("hiredOn").asText()).isEqualTo("2025-04-15");
        assertThat(claimsOf(enterprise)).isZero();
    }

    private void assertInvalid(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("INVALID_ROSTER");
        assertThat(response.text("title")).isEqualTo("请求有误");
        assertThat(response.body().path("errors").size()).isPositive();
        assertThat(claimsOf(enterprise)).as("a refused roster stores nothing").isZero();
    }

    private static List<String> errors(Response response) {
        List<String> cells = new ArrayList<>();
        response.body()
                .path("errors")
                .forEach(e -> cells.add(e.path("row").asText() + "|"
                        + (e.path("column").isNull() ? "" : e.path("column").asText())));
        return cells;
    }

    private static void row(Sheet sheet, int index, String id, LocalDate hired) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(id);
        Rosters.dateCell(sheet.getWorkbook(), row, 2, hired);
    }

    private int claimsOf(String applicant) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM subsidy_claim WHERE applicant_id = ?", Integer.class, applicant);
    }

    private int reservedFor(String applicant) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM subsidy_grant WHERE beneficiary_id = ?", Integer.class, applicant);
    }

    private static List<String> header(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> header = new ArrayList<>();
            workbook.getSheet("花名册").getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            return header;
        }
    }

    /** A valid .xlsx package whose sheet inflates from a few kilobytes to 60 MB of blanks. */
    private static byte[] zipBomb() throws IOException {
        byte[] template = Rosters.hiring();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(template));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    zip.write(in.readAllBytes());
                    for (int i = 0; i < 60; i++) {
                        zip.write(blanks);
                    }
                } else {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
