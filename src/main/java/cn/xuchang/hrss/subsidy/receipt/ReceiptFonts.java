package cn.xuchang.hrss.subsidy.receipt;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one receipt, in order of preference, embedded as subsets: a character goes to the first font that has
 * it, so 陈𠮷 prints (陈 from WenQuanYi Zen Hei, 𠮷, CJK Extension B, from HanaMinB). Opened per document and closed
 * after it is saved.
 */
final class ReceiptFonts implements Closeable {

    /** A font of the document and the glyph table that tells which characters it has. */
    record Face(PDType0Font font, TrueTypeFont glyphs) {

        boolean has(int codePoint) {
            try {
                return glyphs.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private final List<Face> faces = new ArrayList<>();
    private final List<Closeable> open = new ArrayList<>();

    ReceiptFonts(PDDocument document, List<String> paths) throws IOException {
        for (String path : paths) {
            File file = new File(path);
            if (!file.canRead()) {
                continue;
            }
            TrueTypeFont font;
            if (path.toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                open.add(collection);
                List<TrueTypeFont> first = new ArrayList<>();
                collection.processAllFonts(ttf -> {
                    if (first.isEmpty()) {
                        first.add(ttf);
                    }
                });
                font = first.get(0);
            } else {
                font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
                open.add(font);
            }
            faces.add(new Face(PDType0Font.load(document, font, true), font));
        }
        if (faces.isEmpty()) {
            throw new IllegalStateException("no font for the receipt can be read: " + paths
                    + " (install fonts-wqy-zenhei and fonts-hanazono, or set skill-subsidy.receipt.fonts)");
        }
    }

    /** Replaces each character no font has with '?', which every font prints. */
    String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean found = !Character.isISOControl(cp) && faces.stream().anyMatch(face -> face.has(cp));
            out.appendCodePoint(found ? cp : '?');
        });
        return out.toString();
    }

    /** The face for a character: the first that has it, else the first (which prints its missing-glyph box). */
    Face faceFor(int codePoint) {
        for (Face face : faces) {
            if (face.has(codePoint)) {
                return face;
            }
        }
        return faces.get(0);
    }

    @Override
    public void close() throws IOException {
        for (Closeable c : open) {
            c.close();
        }
    }
}
