package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import org.junit.jupiter.api.Test;

/** Markdown pipe tables become tab-separated grid rows; everything else stays text without its Markdown marks. */
class MarkdownTablesTest {

    private static List<String> grid(String... lines) {
        return MarkdownTables.grid(ReportText.numbered(List.of(lines))).orElseThrow().lines();
    }

    @Test
    void turnsEachPipeRowIntoOneLineOfTabSeparatedCellsAndDropsTheSeparator() {
        assertEquals(List.of("信息内容\t本年制发件数\t本年废止件数", "规章\t1\t0"),
                grid("| 信息内容 | 本年制发件数 | 本年废止件数 |", "|:---|---:|:-:|", "| 规章 | 1 | 0 |"));
    }

    @Test
    void keepsEachRowsPlaceInTheSource() {
        ReportText text = MarkdownTables.grid(ReportText.numbered(List.of("标题", "", "| a | 1 |", "|---|---|",
                "| b | 2 |"))).orElseThrow();
        assertEquals(List.of("第 1 行", "第 2 行", "第 3 行", "第 5 行"),
                text.places().stream().map(Object::toString).toList());
    }

    @Test
    void keepsEmptyCellsAmongFiguresAsEmptyPositions() {
        assertEquals(List.of("规章\t1\t\t4", "行政规范性文件\t\t\t"),
                grid("| 规章 | 1 | | 4 |", "|---|---|---|---|", "| 行政规范性文件 | | | |"));
    }

    @Test
    void dropsStubRowsOfDashesAndEmptyCellsButKeepsADashAmongOtherCells() {
        assertEquals(List.of("行政强制\t-", "", "行政许可\t12"),
                grid("| 行政强制 | - |", "|---|---|", "| - | - |", "", "| - | - |", "|---|---|", "| - | - |",
                        "| | |", "| | |", "|---|---|", "| 行政许可 | 12 |"));
    }

    @Test
    void dropsEmptyCellsOfColumnsThatHoldOnlyLabels() {
        assertEquals(List.of("一、本年新收\t5\t", "三、本年度办理结果\t（一）予以公开\t3\t0",
                        "（二）部分公开\t2\t"),
                grid("| 一、本年新收 | | 5 | |", "|---|---|---|---|", "| 三、本年度办理结果 | （一）予以公开 | 3 | 0 |",
                        "| | （二）部分公开 | 2 | |"));
    }

    @Test
    void writesALabelRepeatedAcrossTheCellsItSpansOnceButKeepsEqualFigures() {
        assertEquals(List.of("一、本年新收\t5\t5", "三、本年度办理结果\t（一）予以公开\t0\t0"),
                grid("| 一、本年新收 | 一、本年新收 | 5 | 5 |", "|---|---|---|---|",
                        "| 三、本年度办理结果 | （一）予以公开 | 0 | 0 |"));
    }

    @Test
    void writesAGroupLabelRepeatedDownTheRowsItSpansOnce() {
        assertEquals(List.of("三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t0", "2.其他法律行政法规禁止公开\t0"),
                grid("| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 |", "|---|---|---|---|",
                        "| 三、本年度办理结果 | （三）不予公开 | 2.其他法律行政法规禁止公开 | 0 |"));
    }

    @Test
    void dropsEmptyColumnsLeftOfALabelColumn() {
        assertEquals(List.of("2.其他法律行政法规禁止公开\t0\t1", "3.危及“三安全一稳定”\t0\t"),
                grid("| | | 2.其他法律行政法规禁止公开 | 0 | 1 |", "|---|---|---|---|---|",
                        "| | | 3.危及“三安全一稳定” | 0 | |"));
    }

    @Test
    void keepsAColumnRightOfTheLabelsThatIsEmptyInEveryRowForItMayHoldBlankFigures() {
        assertEquals(List.of("一、本年新收\t\t5\t1", "二、上年结转\t\t0\t0"),
                grid("| 一、本年新收 | | 5 | 1 |", "|---|---|---|---|", "| 二、上年结转 | | 0 | 0 |"));
    }

    @Test
    void findsTheColumnsOfEachTableOnItsOwnWhenTwoTablesTouch() {
        assertEquals(List.of("规章\t\t0", "四、结转\t（续）\t1"),
                grid("| 规章 | | 0 |", "|---|---|---|", "| 四、结转 | （续） | 1 |", "|---|---|---|"));
    }

    @Test
    void readsAnEscapedBarLineBreaksAndEmphasisInsideCells() {
        assertEquals(List.of("a|b\t1.本机关不掌握 相关政府信息\t5"),
                grid("| a\\|b | 1.本机关不掌握<br>相关政府信息 | **5** |", "|---|---|---|"));
    }

    @Test
    void takesHeadingAndEmphasisMarksOffTextLines() {
        assertEquals(List.of("某某县人民政府办公室2023年政府信息公开工作年度报告", "二、主动公开政府信息情况", "行政复议", "规章\t1"),
                grid("# 某某县人民政府办公室2023年政府信息公开工作年度报告", "## 二、主动公开政府信息情况 ##", "**行政复议**",
                        "| 规章 | 1 |", "|---|---|"));
    }

    @Test
    void leavesTextWithoutAPipeTableAlone() throws Exception {
        List<String> seed = Files.readAllLines(Fixtures.seed("000"), StandardCharsets.UTF_8);
        assertTrue(seed.stream().anyMatch(l -> l.startsWith("|||")), "the seed has bar-only lines");
        assertTrue(MarkdownTables.grid(ReportText.numbered(seed)).isEmpty());
        assertTrue(MarkdownTables.grid(ReportText.numbered(List.of("| 规章 |", "| 0 |"))).isEmpty(),
                "bars without a separator line make no table");
    }

    @Test
    void readsMarkdownFilesAsText() {
        assertEquals(SourceKind.TEXT, SourceKind.of(Path.of("报告.md")).orElseThrow());
        assertEquals(SourceKind.TEXT, SourceKind.of(Path.of("REPORT.MARKDOWN")).orElseThrow());
    }
}
