package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Headers set with wide letter-spacing stay one chunk (its text keeps a space where characters stand apart);
 * short headers of neighbouring narrow columns stay apart. Characters are 10 pt: Chinese ones 10 pt wide, digits
 * and / 5 pt.
 */
class PdfLetterSpacingTest {

    private static final float SIZE = 10;

    @Test
    void aHeaderSpreadWithLetterSpacingIsOneChunk() {
        PdfLine line = line(List.of("信", "息", "内", "容"), 100, 9.9f);

        assertEquals(List.of("信 息 内 容"), chunks(line));
    }

    @Test
    void aSpacedHeaderWithASlashBetweenItsWordsIsOneChunk() {
        PdfLine line = line(List.of("本", "年", "增", "/", "减"), 100, 9.9f);

        assertEquals(List.of("本 年 增 / 减"), chunks(line));
    }

    @Test
    void twoSpacedHeadersOfNeighbouringCellsStayApartWhereThePaddingWidensTheGap() {
        List<PdfGlyph> glyphs = new ArrayList<>(glyphs(List.of("数", "量"), 100, 9.9f));
        glyphs.addAll(glyphs(List.of("数", "量"), 140.5f, 9.9f));

        assertEquals(List.of("数 量", "数 量"), chunks(PdfLine.of(glyphs).get(0)));
    }

    @Test
    void shortHeadersOfNarrowColumnsSetEvenlyStayApart() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        float x = 100;
        for (String header : List.of("结果", "结果", "其他", "尚未", "总计")) {
            glyphs.addAll(glyphs(List.of(header.substring(0, 1), header.substring(1)), x, 0));
            x += 30;
        }

        assertEquals(List.of("结果", "结果", "其他", "尚未", "总计"), chunks(PdfLine.of(glyphs).get(0)));
    }

    @Test
    void figuresSetEvenlyStayApart() {
        PdfLine line = line(List.of("1", "2", "3"), 100, 9.9f);

        assertEquals(List.of("1", "2", "3"), chunks(line));
    }

    private static List<String> chunks(PdfLine line) {
        return line.chunks().stream().map(PdfChunk::text).toList();
    }

    private static PdfLine line(List<String> characters, float x, float gap) {
        return PdfLine.of(glyphs(characters, x, gap)).get(0);
    }

    private static List<PdfGlyph> glyphs(List<String> characters, float x, float gap) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        float left = x;
        for (String c : characters) {
            float width = c.codePointAt(0) < 0x2000 ? SIZE / 2 : SIZE;
            glyphs.add(new PdfGlyph(c, left, 100, width, SIZE, SIZE));
            left += width + gap;
        }
        return glyphs;
    }
}
