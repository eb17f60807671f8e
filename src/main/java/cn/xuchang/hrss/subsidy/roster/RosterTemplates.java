package cn.xuchang.hrss.subsidy.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Excel template of a roster layout: sheet {@value RosterLayout#SHEET} with the header row, code columns preset to
 * text (so an 18-digit ID number keeps its digits) and date columns to a date format, and a sheet of instructions.
 */
public final class RosterTemplates {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private RosterTemplates() {}

    public static byte[] template(RosterLayout layout) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(RosterLayout.SHEET);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row row = sheet.createRow(0);
            List<RosterColumn> columns = layout.columns();
            for (int i = 0; i < columns.size(); i++) {
                RosterColumn column = columns.get(i);
                row.createCell(i).setCellValue(column.header());
                row.getCell(i).setCellStyle(header);
                sheet.setDefaultColumnStyle(i, column.kind() == RosterColumn.Kind.DATE ? date : text);
                sheet.setColumnWidth(i, (column.kind() == RosterColumn.Kind.DATE ? 14 : 26) * 256);
            }
            sheet.createFreezePane(0, 1);

            Sheet help = workbook.createSheet("填写说明");
            help.setColumnWidth(0, 100 * 256);
            String[] lines = {
                "1. 在“花名册”工作表第 2 行起每行填写一项，第 1 行表头请勿修改；可以另加列，系统只读取上述表头的列。",
                "2. 身份证号码、统一社会信用代码、证书编号请按文本填写（模板已设为文本格式），不要存成数字。",
                "3. 日期请填日期，或按 2025-02-10 的格式填写文本。",
                "4. 不要使用合并单元格和公式；空行会被跳过；一次最多 2000 行。",
                "5. 上传后系统会逐行预审并显示结果，确认无误再提交。"
            };
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template as a download, named in Chinese (RFC 6266 filename*). */
    public static ResponseEntity<byte[]> download(RosterLayout layout) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(layout.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(template(layout));
    }
}
