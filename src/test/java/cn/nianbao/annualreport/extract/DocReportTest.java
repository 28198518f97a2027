package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.DocReport.Box;
import cn.nianbao.annualreport.form.Location;
import org.junit.jupiter.api.Test;

/**
 * A Word 97–2003 table is laid on the grid its rows' cell edges make: a horizontally merged cell leaves the positions
 * it covers empty, a cell continuing a vertical merge is empty, and edges that nearly meet are one grid line.
 */
class DocReportTest {

    /** A .doc that LibreOffice saved from a page with the official tables (golden case doc-1). */
    private static final Path REPORT = Fixtures.REPORTS.resolve("doc-1-kaizhou-2024").resolve("kaizhou-2024.doc");

    @Test
    void aCellSpanningColumnsLeavesTheColumnsItCoversEmpty() {
        List<List<String>> grid = DocReport.grid(List.of(
                List.of(new Box(0, 300, "行政复议"), new Box(300, 900, "行政诉讼")),
                List.of(new Box(0, 100, "结果维持"), new Box(100, 200, "结果纠正"), new Box(200, 300, "总计"),
                        new Box(300, 600, "未经复议直接起诉"), new Box(600, 900, "复议后起诉")),
                List.of(new Box(0, 100, "1"), new Box(100, 200, "2"), new Box(200, 300, "3"), new Box(300, 400, "4"),
                        new Box(400, 500, "5"), new Box(500, 600, "6"), new Box(600, 700, "7"),
                        new Box(700, 800, "8"), new Box(800, 900, "9"))));
        assertEquals(List.of("行政复议", "", "", "行政诉讼", "", "", "", "", ""), grid.get(0));
        assertEquals(List.of("结果维持", "结果纠正", "总计", "未经复议直接起诉", "", "", "复议后起诉", "", ""), grid.get(1));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), grid.get(2));
    }

    @Test
    void edgesThatNearlyMeetAreOneGridLine() {
        int near = DocReport.SAME_LINE;
        List<List<String>> grid = DocReport.grid(List.of(
                List.of(new Box(0, 1000, "规章"), new Box(1000, 2000, "2"), new Box(2000, 3000, "0")),
                List.of(new Box(0, 1000 + near, "行政规范性文件"), new Box(1000 + near, 2000 - near, "1"),
                        new Box(2000 - near, 3000, "3"))));
        assertEquals(List.of("规章", "2", "0"), grid.get(0));
        assertEquals(List.of("行政规范性文件", "1", "3"), grid.get(1));
    }

    @Test
    void edgesFartherApartThanALineAreColumnsOfTheirOwn() {
        List<List<String>> grid = DocReport.grid(List.of(
                List.of(new Box(0, 1000, "规章"), new Box(1000, 2000, "2"), new Box(2000, 3000, "0")),
                List.of(new Box(0, 1001 + DocReport.SAME_LINE, "行政许可"),
                        new Box(1001 + DocReport.SAME_LINE, 3000, "71"))));
        assertEquals(List.of("规章", "2", "", "0"), grid.get(0));
        assertEquals(List.of("行政许可", "", "71", ""), grid.get(1));
    }

    @Test
    void aRowStartingRightOfTheTableEdgeKeepsItsCellsInTheirColumns() {
        List<List<String>> grid = DocReport.grid(List.of(
                List.of(new Box(-100, 500, "信息内容"), new Box(500, 900, "本年制发件数"), new Box(900, 1300, "本年废止件数")),
                List.of(new Box(500, 900, "5"), new Box(900, 1300, "6"))));
        assertEquals(List.of("", "5", "6"), grid.get(1));
    }

    @Test
    void cellsWhoseEdgesOverlapKeepTheirTextInOrder() {
        List<List<String>> grid = DocReport.grid(List.of(
                List.of(new Box(0, 600, "规章"), new Box(400, 800, "2"), new Box(800, 1200, "0")),
                List.of(new Box(0, 400, "规章"), new Box(400, 800, "2"), new Box(800, 1200, "0"))));
        assertEquals(List.of("规章", "", "2", "0"), grid.get(0), "text is neither lost nor overwritten");
    }

    @Test
    void readsMergedHeadersAndGroupLabelsOfAWord97TableOnItsGrid() throws Exception {
        ReportText text = WordReport.read(REPORT);
        int header = text.lines().indexOf(text.lines().stream().filter(l -> l.startsWith("（本列数据的勾稽关系"))
                .findFirst().orElseThrow());
        assertEquals("第 2 个表格第 1 行", text.place(header).toString());
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "",
                ""), cells(text, header));
        assertEquals(List.of("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"), cells(text, header + 1),
                "the top-left cell continues down empty; 法人或其他组织 covers five columns");
        assertEquals(List.of("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
                cells(text, header + 2));
        List<String> granted = cells(text, header + 5);
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", ""), granted.subList(0, 3));
        assertEquals(10, granted.size());
        List<String> secret = cells(text, header + 7);
        assertEquals(List.of("", "（三）不予公开", "1.属于国家秘密"), secret.subList(0, 3),
                "the group label 三、本年度办理结果 continues down empty");
        assertEquals(List.of("", "", "2.其他法律行政法规禁止公开"), cells(text, header + 8).subList(0, 3));
        List<String> partial = cells(text, header + 6);
        assertEquals("", partial.get(5), "the blank 科研机构 cell of （二）部分公开 keeps its place");
        assertEquals(10, partial.size());
    }

    @Test
    void placesParagraphsByTheirNumberAndKeepsTheirText() throws Exception {
        ReportText text = WordReport.read(REPORT);
        assertEquals("重庆市开州区民政局2024年政府信息公开工作年度报告", text.lines().get(0));
        assertEquals("第 1 段", text.place(0).toString());
        assertEquals("二、主动公开政府信息情况", text.lines().get(3));
        assertEquals(new Location.Paragraph(4), text.place(3));
        assertEquals("第二十条第（一）项\t\t\t", text.lines().get(4));
        assertEquals(new Location.TableRow(1, 1), text.place(4));
    }

    @Test
    void dropsFieldCodesAndCellMarksAndBreaksLinesWhereWordDoes() {
        assertEquals("见附件2：统计表", DocReport.text("见\u0013 HYPERLINK \"x.htm\" \u0014附件2\u0015：统计表\u0007"));
        assertEquals("三、本年度\n办理结果\n", DocReport.text("三、本年度\u000b办理结果\r"));
        assertEquals("第-1-页", DocReport.text("第\u001e1\u001e页\u001f"));
    }

    private static List<String> cells(ReportText text, int line) {
        return List.of(text.lines().get(line).split("\t", -1));
    }
}
