package cn.xuchang.hrss.subsidy.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws a receipt on A4 pages with Apache PDFBox: a title, label–value lines, and a table that continues on as many
 * pages as its rows need (its header repeated). Text is laid out in runs, each in the first font that has its
 * characters, and wrapped within its column.
 */
final class ReceiptPdf {

    /** What the receipt shows. */
    record Content(
            String title,
            List<String[]> facts,
            String[] tableHeader,
            float[] columnWidths,
            List<String[]> rows,
            String footer) {}

    /** A table under its heading (null: none); a table without rows prints {@code empty} instead. */
    record Table(String heading, String[] header, float[] columnWidths, List<String[]> rows, String empty) {}

    /** A document of several tables: title, label–value lines, the tables in order, a footer. */
    record Report(String title, List<String[]> facts, List<Table> tables, String footer) {}

    private static final float MARGIN = 42;
    private static final float LINE = 14;
    private static final float TEXT = 9.5f;

    private final PDDocument document;
    private final ReceiptFonts fonts;
    private PDPageContentStream page;
    private float y;

    private ReceiptPdf(PDDocument document, ReceiptFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    static byte[] render(Content content, List<String> fontPaths) {
        return render(
                new Report(
                        content.title(),
                        content.facts(),
                        List.of(new Table(null, content.tableHeader(), content.columnWidths(), content.rows(), null)),
                        content.footer()),
                fontPaths);
    }

    static byte[] render(Report content, List<String> fontPaths) {
        try (PDDocument document = new PDDocument();
                ReceiptFonts fonts = new ReceiptFonts(document, fontPaths);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReceiptPdf pdf = new ReceiptPdf(document, fonts);
            pdf.draw(content);
            document.getDocumentInformation().setTitle(content.title());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Report content) throws IOException {
        newPage();
        float width = PDRectangle.A4.getWidth();
        float titleSize = 18;
        float titleWidth = width(content.title(), titleSize);
        text(content.title(), (width - titleWidth) / 2, y, titleSize);
        y -= 30;
        for (String[] fact : content.facts()) {
            text(fact[0] + "：", MARGIN, y, 11);
            for (String line : wrap(fact[1], 11, width - 2 * MARGIN - 90)) {
                text(line, MARGIN + 90, y, 11);
                y -= 17;
            }
        }
        y -= 8;
        for (Table table : content.tables()) {
            table(table);
        }
        y -= 20;
        if (y < MARGIN + 20) {
            page.close();
            newPage();
        }
        for (String line : wrap(content.footer(), 9, width - 2 * MARGIN)) {
            text(line, MARGIN, y, 9);
            y -= 13;
        }
        page.close();
    }

    private void table(Table table) throws IOException {
        if (table.heading() != null) {
            if (y < MARGIN + 30 + 3 * LINE) {
                page.close();
                newPage();
            }
            y -= 6;
            text(table.heading(), MARGIN, y, 12.5f);
            y -= 20;
        }
        if (table.rows().isEmpty() && table.empty() != null) {
            text(table.empty(), MARGIN + 2, y, TEXT);
            y -= LINE + 6;
            return;
        }
        tableHeader(table);
        for (String[] row : table.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < row.length; i++) {
                List<String> wrapped = wrap(row[i] == null ? "" : row[i], TEXT, table.columnWidths()[i] - 4);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            if (y - lines * LINE < MARGIN + 30) {
                page.close();
                newPage();
                tableHeader(table);
            }
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float lineY = y;
                for (String line : cells.get(i)) {
                    text(line, x + 2, lineY, TEXT);
                    lineY -= LINE;
                }
                x += table.columnWidths()[i];
            }
            y -= lines * LINE;
            rule(y + LINE - 4);
        }
        y -= 6;
    }

    private void tableHeader(Table table) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < table.header().length; i++) {
            text(table.header()[i], x + 2, y, TEXT);
            x += table.columnWidths()[i];
        }
        rule(y - 4);
        y -= LINE + 2;
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN - 10;
    }

    private void rule(float atY) throws IOException {
        page.setLineWidth(0.4f);
        page.moveTo(MARGIN, atY);
        page.lineTo(PDRectangle.A4.getWidth() - MARGIN, atY);
        page.stroke();
    }

    /** Writes the text in runs of one font each. */
    private void text(String raw, float x, float atY, float size) throws IOException {
        String text = fonts.printable(raw);
        float at = x;
        int i = 0;
        while (i < text.length()) {
            ReceiptFonts.Face face = fonts.faceFor(text.codePointAt(i));
            int end = i;
            while (end < text.length() && fonts.faceFor(text.codePointAt(end)) == face) {
                end += Character.charCount(text.codePointAt(end));
            }
            String run = text.substring(i, end);
            page.beginText();
            page.setFont(face.font(), size);
            page.newLineAtOffset(at, atY);
            page.showText(run);
            page.endText();
            at += face.font().getStringWidth(run) / 1000 * size;
            i = end;
        }
    }

    private float width(String text, float size) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            width += fonts.faceFor(cp).font().getStringWidth(ch) / 1000 * size;
            i += Character.charCount(cp);
        }
        return width;
    }

    private List<String> wrap(String raw, float size, float maxWidth) throws IOException {
        String text = fonts.printable(raw);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(ch, size);
            if (lineWidth + w > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(ch);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }
}
