package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The cells of a ruled table row: blank cells kept between the rules, and a figure wrapped in a narrow cell read as
 * one figure. Characters are 10 pt high, digits 5 pt wide, Chinese characters 10 pt.
 */
class PdfRuledCellsTest {

    private static final float SIZE = 10;

    private static PdfRules.Box box(float left, float right) {
        return new PdfRules.Box(left, right, 100, 120);
    }

    @Test
    void aBlankCellBetweenRulesStaysInItsPlaceSoTheNextFigureDoesNotMoveLeft() {
        PdfRules.Box label = box(50, 150);
        PdfRules.Box issued = box(150, 200);
        PdfRules.Box inForce = box(250, 300);
        PdfReport.Band band = new PdfReport.Band(100, 120, List.of(label, issued, inForce));

        List<PdfRules.Box> row = PdfReport.withEmptyCells(band, List.of(50f, 150f, 200f, 250f, 300f));

        assertEquals(4, row.size());
        assertEquals(label, row.get(0));
        assertEquals(issued, row.get(1));
        assertEquals(new PdfRules.Box(200, 250, 100, 120), row.get(2));
        assertEquals(inForce, row.get(3));
    }

    @Test
    void blankCellsAtTheEndOfARowAreKeptUpToTheTablesLastRule() {
        PdfRules.Box label = box(50, 150);
        PdfReport.Band band = new PdfReport.Band(100, 120, List.of(label, box(150, 200)));

        List<PdfRules.Box> row = PdfReport.withEmptyCells(band, List.of(50f, 150f, 200f, 250f, 300f));

        assertEquals(4, row.size());
        assertEquals(new PdfRules.Box(250, 300, 100, 120), row.get(3));
    }

    @Test
    void aMergedCellSpanningSeveralRulesStaysOneCell() {
        PdfRules.Box merged = box(50, 200);
        PdfRules.Box figure = box(200, 250);
        PdfReport.Band band = new PdfReport.Band(100, 120, List.of(merged, figure));

        assertEquals(List.of(merged, figure),
                PdfReport.withEmptyCells(band, List.of(50f, 100f, 150f, 200f, 250f)));
    }

    @Test
    void aRowWhoseCellsTheRulesDoNotReachStaysAsItIs() {
        PdfReport.Band band = new PdfReport.Band(100, 120, List.of(box(50, 150), box(150, 200)));

        assertEquals(band.cells(), PdfReport.withEmptyCells(band, List.of(50f, 150f)));
    }

    @Test
    void threeDigitsWrappedInANarrowCellAreOneFigure() {
        List<PdfLine> lines = lines(List.of("13", "8"), 20, 14);

        assertTrue(PdfReport.wrappedFigure(box(20, 35), lines));
    }

    @Test
    void aFigureWithItsUnitWrappedOntoTheNextLineIsOneFigure() {
        List<PdfLine> lines = lines(List.of("171", "件"), 20, 14);

        assertTrue(PdfReport.wrappedFigure(box(18, 38), lines));
    }

    @Test
    void figuresOfTwoRowsInAWideRuledColumnAreNotOneFigure() {
        List<PdfLine> lines = lines(List.of("12", "13"), 40, 14);

        assertFalse(PdfReport.wrappedFigure(box(20, 80), lines));
    }

    @Test
    void figuresFarApartInANarrowColumnAreNotOneFigure() {
        List<PdfLine> lines = lines(List.of("13", "8"), 20, 40);

        assertFalse(PdfReport.wrappedFigure(box(20, 35), lines));
    }

    /** Lines written from {@code x}, their baselines {@code pitch} apart. */
    private static List<PdfLine> lines(List<String> texts, float x, float pitch) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        float y = 100 + SIZE;
        for (String text : texts) {
            float left = x;
            for (int i = 0; i < text.length(); i++) {
                float width = text.codePointAt(i) < 0x2000 ? SIZE / 2 : SIZE;
                glyphs.add(new PdfGlyph(text.substring(i, i + 1), left, y - SIZE, width, SIZE, SIZE));
                left += width;
            }
            y += pitch;
        }
        return PdfLine.of(glyphs);
    }
}
