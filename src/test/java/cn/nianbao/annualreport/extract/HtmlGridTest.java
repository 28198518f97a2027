package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlReport} lays every table on its real grid and reads each cell as one cell, however its text is marked
 * up; a table that only lays out the page is read as running text and the tables inside it as tables.
 */
class HtmlGridTest {

    @Test
    void keepsCellsAfterARowspanFromAnEarlierRowInTheirColumns() {
        List<List<String>> grid = HtmlReport.grid(table("<tr><td rowspan=3>A</td><td>1</td><td rowspan=2>B</td>"
                + "<td>2</td></tr><tr><td>3</td><td>4</td></tr><tr><td colspan=2>5</td><td>7</td></tr>"));
        assertEquals(List.of(List.of("A", "1", "B", "2"), List.of("", "3", "", "4"), List.of("", "5", "", "7")),
                grid);
    }

    @Test
    void readsTextSplitOverParagraphsAndSpansAsOneCell() {
        List<List<String>> grid = HtmlReport.grid(table("<tr><td><p>自</p><p>然</p><p>人</p></td>"
                + "<td><span>1</span><span style='color:red'>2</span></td><td>12&nbsp;</td>"
                + "<td><p class=MsoNormal><span lang=EN-US style='mso-bidi-font-family:宋体'>3<o:p></o:p></span></p>"
                + "</td><td><p>1</p><p>2</p></td></tr>"));
        assertEquals(List.of("自 然 人", "12", "12", "3", "1 2"), grid.get(0));
        assertEquals("自然人", LabelText.normalise(grid.get(0).get(0)));
        assertFalse(TextCell.unplaced(grid.get(0).get(4)).isValue(), "two paragraphs never read as 12");
    }

    @Test
    void readsNonBreakingSpacesAndLineBreaksAloneAsAnEmptyCell() {
        List<List<String>> grid = HtmlReport.grid(table("<tr><td>&nbsp;</td><td><br/></td><td>&nbsp;&nbsp;</td>"
                + "<td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td><td>\u3000</td>"
                + "<td>5</td></tr>"));
        assertEquals(List.of("", "", "", "", "", "5"), grid.get(0));
    }

    @Test
    void readsATableNestedInALayoutTableAsItsOwnGrid() {
        ReportText text = HtmlReport.read(Jsoup.parse("<html><body><table><tr><td>首页</td></tr><tr>"
                + "<td><ul><li>栏目</li></ul></td><td><p>二、主动公开政府信息情况</p>"
                + "<div><table border=1><tr><td>规章</td><td>1</td><td>&nbsp;</td><td>3</td></tr></table></div>"
                + "<p>三、收到和处理政府信息公开申请情况</p></td></tr></table></body></html>"));
        int row = text.lines().indexOf("规章\t1\t\t3");
        assertTrue(row > 0, text.lines().toString());
        assertEquals("第 1 个表格第 1 行", text.places().get(row).toString());
        assertTrue(text.lines().subList(0, row).contains("二、主动公开政府信息情况"), text.lines().toString());
        assertTrue(text.lines().subList(row, text.lines().size()).contains("三、收到和处理政府信息公开申请情况"));
        assertTrue(text.lines().stream().filter(l -> l.contains("\t")).count() == 1, text.lines().toString());
    }

    @Test
    void readsATableOfRunningTextAsTextAndATableOfFiguresWithALongNoteAsATable() {
        String article = "本年度".repeat(120);
        ReportText text = HtmlReport.read(Jsoup.parse("<table><tr><td>栏目</td><td><p>" + article + "</p>"
                + "<p>第二段</p></td></tr></table>"));
        assertTrue(text.lines().contains(article) && text.lines().contains("第二段"), text.lines().toString());
        ReportText figures = HtmlReport.read(Jsoup.parse("<table><tr><td>规章</td><td>1</td><td>0</td><td>3</td>"
                + "</tr><tr><td colspan=4>注：" + article + "</td></tr></table>"));
        assertEquals("规章\t1\t0\t3", figures.lines().get(0));
    }

    @Test
    void keepsATableCaptionAsTheLineBeforeItsRows() {
        ReportText text = HtmlReport.read(Jsoup.parse("<table><caption>三、收到和处理政府信息公开申请情况</caption>"
                + "<tr><td>自然人</td><td>总计</td></tr></table>"));
        int row = text.lines().indexOf("自然人\t总计");
        assertEquals("三、收到和处理政府信息公开申请情况", text.lines().get(row - 1));
    }

    private static Element table(String rows) {
        return Jsoup.parse("<table>" + rows + "</table>").selectFirst("table");
    }
}
