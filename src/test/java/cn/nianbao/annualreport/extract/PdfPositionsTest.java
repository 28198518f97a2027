package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The position rules for tables printed without vertical rules, on pages laid out character by character: 10 pt
 * characters, Chinese ones 10 pt wide, digits 5 pt, lines 14 pt apart within a cell and 17 pt apart between rows.
 */
class PdfPositionsTest {

    private static final float SIZE = 10;
    /** A space is wider than half a character's height, so it shows in the text. */
    private static final float SPACE = 6;
    private static final float PITCH = 14;
    private static final float ROW = 17;
    /** Where the label column starts and the centres of three figure columns 80 pt wide. */
    private static final float LABEL = 60;
    private static final float[] COLUMN = {260, 340, 420};

    /** A page being laid out: characters placed by their baseline. */
    private static final class Page {

        private final List<PdfGlyph> glyphs = new ArrayList<>();
        private final List<PdfRules.Segment> rules = new ArrayList<>();

        /** Writes text from {@code x} on the baseline {@code y}. */
        Page text(String text, float x, float y) {
            float left = x;
            for (int i = 0; i < text.length(); i++) {
                String c = text.substring(i, i + 1);
                float width = c.isBlank() ? SPACE : c.codePointAt(0) < 0x2000 ? SIZE / 2 : SIZE;
                if (!c.isBlank()) {
                    glyphs.add(new PdfGlyph(c, left, y - SIZE, width, SIZE, SIZE));
                }
                left += width;
            }
            return this;
        }

        /** Writes text centred on {@code centre}. */
        Page centred(String text, float centre, float y) {
            float width = 0;
            for (int i = 0; i < text.length(); i++) {
                width += text.charAt(i) == ' ' ? SPACE : text.codePointAt(i) < 0x2000 ? SIZE / 2 : SIZE;
            }
            return text(text, centre - width / 2, y);
        }

        /** Writes a row: its label, then one figure per column centred on it ("" for a blank). */
        Page row(String label, float y, String... figures) {
            text(label, LABEL, y);
            for (int i = 0; i < figures.length; i++) {
                centred(figures[i], COLUMN[i], y);
            }
            return this;
        }

        /** The header line of three figure columns under 信息内容. */
        Page header(float y) {
            return text("信息内容", LABEL + 20, y).centred("本年甲数", COLUMN[0], y).centred("本年乙数", COLUMN[1], y)
                    .centred("本年丙数", COLUMN[2], y);
        }

        /** Draws a horizontal rule across the table. */
        Page rule(float y) {
            rules.add(new PdfRules.Segment(LABEL - 5, COLUMN[2] + 40, y));
            return this;
        }

        List<String> read() {
            return read(new PdfPositions());
        }

        List<String> read(PdfPositions positions) {
            return positions.page(glyphs, rules).stream().map(PdfPlacedLine::text).toList();
        }
    }

    @Test
    void keepsTheBlankPositionOfAnEmptyCellInTheMiddleOfARow() {
        List<String> lines = new Page().header(100).row("规章", 117, "12", "", "3").row("行政规范性文件", 134, "1", "0", "4")
                .read();
        assertEquals(List.of("信息内容\t本年甲数\t本年乙数\t本年丙数", "规章\t12\t\t3", "行政规范性文件\t1\t0\t4"), lines);
    }

    @Test
    void keepsAColumnThatNoRowFillsByItsHeaderCell() {
        List<String> lines = new Page().header(100).row("规章", 117, "", "5", "3").row("行政规范性文件", 134, "", "0", "4")
                .read();
        assertEquals(List.of("规章\t\t5\t3", "行政规范性文件\t\t0\t4"), lines.subList(1, 3));
    }

    @Test
    void joinsALabelWrappedOverThreeLinesIntoTheRowOfItsFigures() {
        Page page = new Page().header(100).row("一、新收申请数量", 117, "1", "2", "3");
        page.text("二、上年结转政府信", LABEL, 134).text("息公开申请数", LABEL, 134 + PITCH)
                .text("量", LABEL, 134 + 2 * PITCH).row("", 134 + PITCH, "4", "5", "9");
        page.row("三、本年度办理结果", 134 + 2 * PITCH + ROW, "0", "0", "0");
        assertEquals(List.of("一、新收申请数量\t1\t2\t3", "二、上年结转政府信息公开申请数量\t4\t5\t9", "三、本年度办理结果\t0\t0\t0"),
                page.read().subList(1, 4));
    }

    @Test
    void joinsATwoLineLabelWhoseFiguresStandBetweenItsLines() {
        Page page = new Page().header(100).row("规章", 117, "1", "2", "3");
        page.text("其他对外管理", LABEL, 134).text("服务事项", LABEL, 134 + PITCH).row("", 134 + PITCH / 2, "7", "", "8");
        assertEquals(List.of("规章\t1\t2\t3", "其他对外管理服务事项\t7\t\t8"), page.read().subList(1, 3));
    }

    @Test
    void startsANewLabelAtANumberedLineEvenOneLinePitchBelow() {
        Page page = new Page().header(100).row("1.属于国家秘密的信", 117, "1", "2", "3").text("息", LABEL, 117 + PITCH)
                .row("2.重复申请", 117 + 2 * PITCH, "4", "5", "6");
        assertEquals(List.of("1.属于国家秘密的信息\t1\t2\t3", "2.重复申请\t4\t5\t6"), page.read().subList(1, 3));
    }

    @Test
    void leavesOutTheFiguresOfARowWhoseFigureStandsBetweenTwoColumns() {
        Page page = new Page().header(100).row("规章", 117, "1", "2", "3");
        page.text("行政规范性文件", LABEL, 134).centred("17", (COLUMN[0] + COLUMN[1]) / 2, 134).centred("4", COLUMN[2], 134);
        List<String> lines = page.read();
        assertTrue(lines.contains("行政规范性文件"), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.contains("17")), String.join("\n", lines));
    }

    @Test
    void leavesOutTheFiguresOfARowWhoseFigureOverlapsTwoHeaderCells() {
        Page page = new Page().header(100).row("规章", 117, "1", "2", "3");
        page.text("行政规范性文件", LABEL, 134).centred("12345678901234", (COLUMN[0] + COLUMN[1]) / 2, 134)
                .centred("4", COLUMN[2], 134);
        List<String> lines = page.read();
        assertTrue(lines.contains("行政规范性文件"), String.join("\n", lines));
        assertTrue(lines.contains("规章\t1\t2\t3"), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.contains("1234")), String.join("\n", lines));
    }

    @Test
    void placesFiguresBeyondTheLastHeaderCellInAColumnOfTheirOwn() {
        // The third column's header stands on the page before.
        Page page = new Page().text("信息内容", LABEL + 20, 100).centred("本年甲数", COLUMN[0], 100)
                .centred("本年乙数", COLUMN[1], 100).row("规章", 117, "1", "", "3").row("行政规范性文件", 134, "", "5", "6");
        assertEquals(List.of("规章\t1\t\t3", "行政规范性文件\t\t5\t6"), page.read().subList(1, 3));
    }

    @Test
    void takesNoColumnFromAHeaderCellSpanningSeveral() {
        Page page = new Page().centred("法人或其他组织", COLUMN[1], 86).header(100).row("规章", 117, "1", "", "3");
        assertEquals("规章\t1\t\t3", page.read().get(2));
    }

    @Test
    void keepsGroupLabelsPrintedOneCharacterPerLineOutOfTheRows() {
        Page page = new Page().header(100);
        String group = "三、本年度办理结果";
        for (int i = 0; i < group.length(); i++) {
            page.text(group.substring(i, i + 1), LABEL - 40, 112 + i * PITCH);
        }
        for (int r = 0; r < 6; r++) {
            page.row("（" + "一二三四五六".charAt(r) + "）结果", 117 + r * ROW, Integer.toString(r), "0", "1");
        }
        List<String> lines = page.read();
        for (int r = 0; r < 6; r++) {
            String row = "（" + "一二三四五六".charAt(r) + "）结果\t" + r + "\t0\t1";
            assertTrue(lines.contains(row), row + " in\n" + String.join("\n", lines));
        }
    }

    @Test
    void continuesATableOnTheNextPageInTheColumnsOfThePageBefore() {
        PdfPositions positions = new PdfPositions();
        new Page().header(100).row("规章", 117, "1", "2", "3").row("行政规范性文件", 134, "4", "5", "6")
                .centred("- 1 -", 250, 800).read(positions);
        List<String> next = new Page().row("行政许可", 60, "", "7", "8").row("行政处罚", 77, "", "", "9")
                .centred("- 2 -", 250, 800).read(positions);
        assertEquals(List.of("行政许可\t\t7\t8", "行政处罚\t\t\t9", "- 2 -"), next);
    }

    @Test
    void readsARepeatedHeaderAsAHeaderAndThePageNumberAsText() {
        List<String> lines = new Page().row("规章", 117, "1", "2", "3").centred("- 3 -", 250, 800).read();
        assertEquals("- 3 -", lines.get(lines.size() - 1));
        List<String> repeated = new Page().header(60).row("行政许可", 77, "1", "2", "3").read();
        assertEquals(List.of("信息内容\t本年甲数\t本年乙数\t本年丙数", "行政许可\t1\t2\t3"), repeated);
    }

    @Test
    void separatesRowsByHorizontalRulesWhereLinesStandEvenlyApart() {
        // Cells aligned to the top, no space between rows: only the rules tell whose the middle line is.
        Page page = new Page().header(100).rule(104).row("其他对外管理", 117, "1", "2", "3")
                .text("服务事项", LABEL, 117 + PITCH).rule(117 + PITCH + 4)
                .row("行政处罚", 117 + 2 * PITCH, "4", "5", "6").rule(117 + 2 * PITCH + 4);
        assertEquals(List.of("其他对外管理服务事项\t1\t2\t3", "行政处罚\t4\t5\t6"), page.read().subList(1, 3));
    }

    @Test
    void leavesRunningTextWithNumbersAsPlainLines() {
        List<String> lines = new Page().text("本年度共收到申请 12 件，办结 10 件，结转 2 件，均在法定期限内答复完毕。", LABEL, 100)
                .text("二、主动公开政府信息情况", LABEL, 120).read();
        assertEquals(List.of("本年度共收到申请 12 件，办结 10 件，结转 2 件，均在法定期限内答复完毕。", "二、主动公开政府信息情况"), lines);
    }
}
