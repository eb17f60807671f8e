package cn.xuchang.hrss.subsidy.roster;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads a roster (.xlsx) in a scheme's layout with Apache POI. Columns are found by their header (in one of the first
 * rows, so a title row above it is fine), extra columns are ignored, empty rows are skipped, and every cell that cannot
 * be read is reported with its row and column; one bad cell refuses the whole file ({@code INVALID_ROSTER}). POI's
 * zip-bomb guard refuses a file that inflates far beyond its size, and a sheet part larger than {@link
 * #MAX_PART_BYTES}, before it is parsed.
 */
@Component
public class RosterReader {

    /** Far above any sheet of 2,000 rows (about 0.3 MB of XML), far below what would strain the heap. */
    static final long MAX_PART_BYTES = 40L * 1024 * 1024;

    private static final int HEADER_SEARCH_ROWS = 5;
    private static final int MAX_CODE_LENGTH = 64;
    private static final double LARGEST_EXACT_NUMBER = 1e15;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final SubsidyProperties properties;

    RosterReader(SubsidyProperties properties) {
        this.properties = properties;
    }

    /** The readable data rows, or {@code INVALID_ROSTER} listing every bad cell; nothing is stored either way. */
    public List<RosterRow> read(InputStream upload, RosterLayout layout) {
        if (upload == null) {
            throw invalid(List.of(new RosterError(null, null, "没有收到花名册文件，请选择 .xlsx 文件后上传")));
        }
        try (InputStream in = new BufferedInputStream(upload)) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw invalid(fileError("这是旧版 Excel（.xls）或其他旧格式文件，请在 Excel 或 WPS 中“另存为” .xlsx 后上传"));
            }
            if (magic != FileMagic.OOXML) {
                throw invalid(fileError("上传的文件不是 Excel 工作簿（.xlsx），请下载模板填写后上传"));
            }
            try (XSSFWorkbook workbook = open(in)) {
                return rows(workbook, layout);
            }
        } catch (IOException e) {
            throw invalid(fileError("文件无法读取，可能已损坏，请重新保存为 .xlsx 后上传"));
        }
    }

    private static XSSFWorkbook open(InputStream in) {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw invalid(fileError("文件解压后异常巨大（疑似“压缩炸弹”），已拒绝读取；请上传按模板填写的普通花名册"));
            }
            throw invalid(fileError("文件已损坏或不是 Excel 工作簿，无法读取；请在 Excel 或 WPS 中另存为 .xlsx 后上传"));
        }
    }

    private List<RosterRow> rows(XSSFWorkbook workbook, RosterLayout layout) {
        if (workbook.getNumberOfSheets() == 0) {
            throw invalid(fileError("工作簿中没有工作表"));
        }
        Sheet sheet = workbook.getSheet(RosterLayout.SHEET);
        if (sheet == null) {
            sheet = workbook.getSheetAt(0);
        }
        int headerIndex = headerRow(sheet, layout);
        Map<String, Integer> columns = columns(sheet.getRow(headerIndex), layout);
        Map<Integer, String> headers = new HashMap<>();
        columns.forEach((header, index) -> headers.put(index, header));

        List<RosterError> errors = new ArrayList<>();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getLastRow() >= headerIndex) {
                errors.add(new RosterError(
                        merged.getFirstRow() + 1,
                        headers.getOrDefault(
                                merged.getFirstColumn(), CellReference.convertNumToColString(merged.getFirstColumn())),
                        "合并单元格（" + merged.formatAsString() + "），请取消合并后每格各填一项"));
            }
        }
        int maxRows = properties.maxItemsPerClaim();
        List<RosterRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row, columns.values())) {
                continue;
            }
            if (rows.size() == maxRows) {
                errors.add(new RosterError(r + 1, null, "数据超过 " + maxRows + " 行：一次申请最多 " + maxRows + " 行，请分成几次申请"));
                break;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (RosterColumn column : layout.columns()) {
                Integer index = columns.get(column.header());
                Cell cell = index == null ? null : row.getCell(index);
                Object value = value(cell, column, r + 1, formatter, errors);
                values.put(column.header(), value);
            }
            rows.add(new RosterRow(r + 1, values));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RosterError(headerIndex + 2, null, "表头下面没有数据行，请至少填写一行"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return rows;
    }

    private static int headerRow(Sheet sheet, RosterLayout layout) {
        String first = layout.columns().get(0).header();
        for (int r = sheet.getFirstRowNum(); r >= 0 && r < HEADER_SEARCH_ROWS; r++) {
            Row row = sheet.getRow(r);
            if (row != null && headerIndexes(row).containsKey(first)) {
                return r;
            }
        }
        String names = String.join(
                "、", layout.columns().stream().map(RosterColumn::header).toList());
        throw invalid(List.of(new RosterError(1, null, "没有找到表头行：第 1 行应为表头“" + names + "”，请下载模板填写")));
    }

    private static Map<String, Integer> columns(Row header, RosterLayout layout) {
        Map<String, Integer> found = headerIndexes(header);
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<RosterError> missing = new ArrayList<>();
        for (RosterColumn column : layout.columns()) {
            Integer index = found.get(column.header());
            if (index != null) {
                columns.put(column.header(), index);
            } else if (column.required()) {
                missing.add(new RosterError(header.getRowNum() + 1, column.header(), "缺少“" + column.header() + "”列"));
            }
        }
        if (!missing.isEmpty()) {
            throw invalid(missing);
        }
        return columns;
    }

    private static Map<String, Integer> headerIndexes(Row row) {
        Map<String, Integer> indexes = new HashMap<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                indexes.putIfAbsent(normalizeHeader(cell.getStringCellValue()), cell.getColumnIndex());
            }
        }
        return indexes;
    }

    private static String normalizeHeader(String text) {
        return text.replaceAll("[\\s*＊]", "");
    }

    private static boolean isBlank(Row row, Iterable<Integer> columns) {
        for (int index : columns) {
            Cell cell = row.getCell(index);
            if (cell != null
                    && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static Object value(
            Cell cell, RosterColumn column, int rowNo, DataFormatter formatter, List<RosterError> errors) {
        String header = column.header();
        if (cell == null
                || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isBlank())) {
            if (column.required()) {
                errors.add(new RosterError(rowNo, header, "未填写" + header));
            }
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            errors.add(new RosterError(rowNo, header, "单元格是公式（=" + cell.getCellFormula() + "），请复制后“选择性粘贴为数值”再上传"));
            return null;
        }
        if (cell.getCellType() == CellType.ERROR) {
            errors.add(new RosterError(rowNo, header, "单元格是错误值，请改为" + header));
            return null;
        }
        return switch (column.kind()) {
            case TEXT -> formatter.formatCellValue(cell).strip();
            case CODE -> code(cell, header, rowNo, errors);
            case DATE -> date(cell, header, rowNo, errors);
        };
    }

    private static String code(Cell cell, String header, int rowNo, List<RosterError> errors) {
        if (cell.getCellType() == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            if (number == Math.rint(number) && Math.abs(number) < LARGEST_EXACT_NUMBER) {
                return String.valueOf((long) number);
            }
            errors.add(new RosterError(rowNo, header, header + "被存成了数字，末几位已经丢失；请把该列设为“文本”格式后重新填写（或在号码前加英文单引号 '）"));
            return null;
        }
        if (cell.getCellType() != CellType.STRING) {
            errors.add(new RosterError(rowNo, header, header + "应为文本"));
            return null;
        }
        String text = cell.getStringCellValue().strip();
        if (text.length() > MAX_CODE_LENGTH) {
            errors.add(new RosterError(rowNo, header, header + "过长（" + text.length() + " 个字符）"));
            return null;
        }
        return text;
    }

    private static LocalDate date(Cell cell, String header, int rowNo, List<RosterError> errors) {
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            errors.add(new RosterError(
                    rowNo,
                    header,
                    header + "是数字（" + new DataFormatter().formatCellValue(cell)
                            + "）而不是日期：请把单元格设为日期格式，或填写 2025-02-10 这样的文本"));
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue().strip();
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                try {
                    return LocalDate.of(
                            Integer.parseInt(iso.group(1)),
                            Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                } catch (DateTimeException e) {
                    errors.add(new RosterError(rowNo, header, "“" + text + "”不是有效的日期"));
                    return null;
                }
            }
            errors.add(new RosterError(rowNo, header, "“" + abbreviate(text) + "”无法识别为日期：请填写日期，或 2025-02-10 这样的文本"));
            return null;
        }
        errors.add(new RosterError(rowNo, header, header + "应为日期"));
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static List<RosterError> fileError(String message) {
        return List.of(new RosterError(null, null, message));
    }

    static ApiException invalid(List<RosterError> errors) {
        return ApiException.badRequest(
                        "INVALID_ROSTER",
                        errors.size() == 1 && errors.get(0).row() == null
                                ? errors.get(0).message()
                                : "花名册有 " + errors.size() + " 处无法读取，请按提示修改后重新上传")
                .with("errors", errors);
    }
}
