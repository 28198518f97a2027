package cn.nianbao.annualreport.extract;

import java.util.List;

import cn.nianbao.annualreport.form.PrintedValue;

/**
 * A run of characters on one line standing close together: a table cell's text on that line, or part of it.
 *
 * @param text     the characters, with a space where they stand apart
 * @param left     where the run starts
 * @param right    where it ends
 * @param baseline the baseline of its characters
 * @param figure   whether the text is a figure or a not-applicable marker ({@code 12}, {@code 增6}, {@code /})
 */
record PdfChunk(String text, float left, float right, float baseline, boolean figure) {

    static PdfChunk of(List<PdfGlyph> glyphs) {
        String text = PdfLine.text(glyphs);
        float right = (float) glyphs.stream().mapToDouble(PdfGlyph::right).max().orElse(0);
        float baseline = (float) glyphs.stream().mapToDouble(PdfGlyph::baseline).average().orElse(0);
        return new PdfChunk(text, glyphs.get(0).x(), right, baseline, isFigure(text));
    }

    /** Whether printed text is a figure or a not-applicable marker rather than words. */
    static boolean isFigure(String text) {
        PrintedValue.Form form = PrintedValue.read(text).form();
        return form != PrintedValue.Form.UNREADABLE && form != PrintedValue.Form.BLANK;
    }

    float centre() {
        return (left + right) / 2;
    }

    /** Whether the two runs share some of their horizontal extent. */
    boolean overlaps(float otherLeft, float otherRight) {
        return left < otherRight && otherLeft < right;
    }
}
