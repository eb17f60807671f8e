package cn.xuchang.hrss.subsidy.receipt;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Prints a document of several tables in the receipts' layout and fonts (each character from the first font that has
 * it, so 陈𠮷 prints): for other features' PDFs, e.g. a person's e-file.
 */
@Component
public class PdfPrinter {

    /** A table under its heading; {@code empty} is printed instead when it has no rows. */
    public record Table(String heading, String[] header, float[] columnWidths, List<String[]> rows, String empty) {}

    private final List<String> fonts;

    PdfPrinter(
            @Value("${skill-subsidy.receipt.fonts:"
                            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,"
                            + "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf,"
                            + "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf}")
                    List<String> fonts) {
        this.fonts = fonts;
    }

    /** An A4 PDF: the title, label–value lines ({@code {label, value}}), the tables in order, a footer. */
    public byte[] print(String title, List<String[]> facts, List<Table> tables, String footer) {
        return ReceiptPdf.render(
                new ReceiptPdf.Report(
                        title,
                        facts,
                        tables.stream()
                                .map(t -> new ReceiptPdf.Table(
                                        t.heading(), t.header(), t.columnWidths(), t.rows(), t.empty()))
                                .toList(),
                        footer),
                fonts);
    }
}
