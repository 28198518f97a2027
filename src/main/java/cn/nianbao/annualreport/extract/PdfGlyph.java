package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * One printed character of a PDF page: its text and box, y measured downwards from the top of the page.
 *
 * @param size the font size the character is set in, in points: the advance of a Chinese character, which is one
 *             em wide, or the font size PDFBox reports for other characters
 */
record PdfGlyph(String text, float x, float y, float width, float height, float size) {

    /** Every character of one page (numbered from 1) but white space. */
    static List<PdfGlyph> of(PDDocument document, int pageNumber) throws IOException {
        List<PdfGlyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    // A vertical font reports its advance as width; no glyph is wider than its font size.
                    float width = Math.min(text.getWidthDirAdj(), text.getFontSizeInPt());
                    boolean wide = isWide(text.getUnicode().codePointAt(0)) && text.getWidthDirAdj() > 0;
                    float size = wide ? text.getWidthDirAdj() : text.getFontSizeInPt();
                    glyphs.add(new PdfGlyph(text.getUnicode(), text.getXDirAdj(),
                            text.getYDirAdj() - text.getHeightDir(), width, text.getHeightDir(), size));
                }
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        return glyphs;
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
