package cn.xuchang.hrss.subsidy.bench;

import cn.xuchang.hrss.subsidy.support.Rosters;
import cn.xuchang.hrss.subsidy.support.TestData;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registry data for the benchmark, written in bulk into the registry tables (the data exchange's feed is not what is
 * measured): persons who hold a certificate and whom the enterprise insured for twelve months from the hire date.
 */
final class BenchData {

    static final LocalDate HIRED_ON = LocalDate.of(2025, 2, 10);

    private BenchData() {}

    static List<String> eligibleHires(JdbcTemplate jdbc, String enterprise, int count) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        Rows persons = Rows.into("person", "id_number", "name", "created_at", "updated_at");
        Rows certificates =
                Rows.into("certificate", "certificate_no", "id_number", "kind", "occupation", "level", "issued_on");
        Rows contributions = Rows.into(
                "social_insurance_contribution",
                "employer_credit_code",
                "id_number",
                "contribution_month",
                "received_at");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = TestData.idNumber();
            ids.add(id);
            persons.add(id, "李四", now, now);
            certificates.add("B" + id, id, "SKILL_LEVEL", "电工", "INTERMEDIATE", HIRED_ON.minusMonths(3));
            for (int month = 0; month < 12; month++) {
                contributions.add(
                        enterprise,
                        id,
                        YearMonth.from(HIRED_ON).plusMonths(month).toString(),
                        now);
            }
        }
        persons.insert(jdbc);
        certificates.insert(jdbc);
        contributions.insert(jdbc);
        return ids;
    }

    /** The hiring roster an enterprise would upload for these hires: one row each, the hire date as a date cell. */
    static byte[] hiringRoster(List<String> idNumbers) {
        return Rosters.xlsx(Rosters.HIRING, sheet -> {
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int i = 0; i < idNumbers.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(idNumbers.get(i));
                row.createCell(1).setCellValue("李四");
                row.createCell(2).setCellValue(HIRED_ON);
                row.getCell(2).setCellStyle(date);
            }
        });
    }
}
