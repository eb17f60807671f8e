package cn.xuchang.hrss.subsidy.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Roster files for the tests, written with Apache POI as a spreadsheet program would save them. */
public final class Rosters {

    private Rosters() {}

    /** A workbook with sheet 花名册 and the header row; {@code fill} adds the data rows (and whatever else). */
    public static byte[] xlsx(String[] header, Consumer<Sheet> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("花名册");
            Row row = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                row.createCell(i).setCellValue(header[i]);
            }
            fill.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String[] HIRING = {"身份证号码", "姓名", "入职日期"};

    /** A hiring roster of (ID number, hire date) pairs, the dates as real date cells. */
    public static byte[] hiring(Object... idAndDate) {
        return xlsx(HIRING, sheet -> {
            for (int i = 0; i < idAndDate.length; i += 2) {
                Row row = sheet.createRow(i / 2 + 1);
                row.createCell(0).setCellValue((String) idAndDate[i]);
                row.createCell(1).setCellValue("张三");
                dateCell(sheet.getWorkbook(), row, 2, (LocalDate) idAndDate[i + 1]);
            }
        });
    }

    public static void dateCell(Workbook workbook, Row row, int column, LocalDate date) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        row.createCell(column).setCellValue(date);
        row.getCell(column).setCellStyle(style);
    }
}
