package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * One printed character of a PDF page: its text and box, y measured downwards from the top of the page.
 *
 * @param size the font size the character is set in, in points: the advance of a Chinese character, which is one
 *             em wide, or the font size PDFBox reports for other characters
 */
record PdfGlyph(String text, float x, float y, float width, float height, float size) {

    /**
     * The most characters (white space included) one page may set. The real reports at hand set at most 850 on a page;
     * a page of body text holds 1,500 to 3,000 characters, an A4 table in small print fewer.
     */
    static final int MOST_PER_PAGE = 10_000;
    /** How many characters or operators of a page are read between two looks at the file's deadline. */
    private static final int STEPS_PER_CHECKPOINT = 1024;

    /** What is done with each page's characters, as the pages are read one after the other. */
    interface PageReader {

        /** Reads page {@code number} (from 1), given every character on it but white space. */
        void read(int number, PDPage page, List<PdfGlyph> glyphs) throws IOException;
    }

    /**
     * Reads the document's pages in one pass, in order, handing each page that has content and its characters (but
     * white space) to {@code reader}.
     */
    static void eachPage(PDDocument document, PageReader reader) throws IOException {
        List<PdfGlyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private int characters;
            private int steps;

            @Override
            public void processPage(PDPage page) throws IOException {
                glyphs.clear();
                characters = 0;
                super.processPage(page);
                reader.read(getCurrentPageNo(), page, List.copyOf(glyphs));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                step();
                super.processOperator(operator, operands);
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                step();
                if (++characters > MOST_PER_PAGE) {
                    throw BudgetExceeded.tooLarge(new Reason("pdf.characters", Map.of("page", getCurrentPageNo(),
                            "limit", MOST_PER_PAGE)));
                }
                if (!text.getUnicode().isBlank()) {
                    // A vertical font reports its advance as width; no glyph is wider than its font size.
                    float width = Math.min(text.getWidthDirAdj(), text.getFontSizeInPt());
                    boolean wide = isWide(text.getUnicode().codePointAt(0)) && text.getWidthDirAdj() > 0;
                    float size = wide ? text.getWidthDirAdj() : text.getFontSizeInPt();
                    glyphs.add(new PdfGlyph(text.getUnicode(), text.getXDirAdj(),
                            text.getYDirAdj() - text.getHeightDir(), width, text.getHeightDir(), size));
                }
            }

            private void step() {
                if (++steps % STEPS_PER_CHECKPOINT == 0) {
                    FileBudget.checkpoint();
                }
            }
        };
        stripper.writeText(document, Writer.nullWriter());
    }

    /** Whether a character is set one em wide: a Chinese character or full-width punctuation. */
    private static boolean isWide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF01 && c <= 0xFF5E;
    }

    float right() {
        return x + width;
    }

    float baseline() {
        return y + height;
    }

    float centreX() {
        return x + width / 2;
    }

    float centreY() {
        return y + height / 2;
    }

    /** Whether the character is set one em wide: a Chinese character or full-width punctuation. */
    boolean isWide() {
        return isWide(text.codePointAt(0));
    }

    boolean isDigit() {
        return Character.isDigit(text.codePointAt(0));
    }
}
