package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.nianbao.annualreport.Answered;
import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web pages built to exhaust a reader (spans of 1,000 rows and columns, 100,000 nested tables or elements) are
 * refused at once as 内容过大; sloppy spans of real pages (a colspan reaching past the table's last column) still
 * read cell for cell.
 */
@Tag("hostile")
class HostileHtmlReportTest {

    private static final int NESTED = 100_000;
    private static TextReportReader reader;

    @TempDir
    Path dir;

    /** Loads the dictionaries and label variants once, outside the time measured. */
    @BeforeAll
    static void readAPageOnce() throws IOException {
        reader = TextReportReader.withInstalledLabels(FormDefinitions.load());
        reader.read(HtmlReport.read(Fixtures.source(Fixtures.REPORTS.resolve("html-1-portal-layout-table"))));
    }

    @Test
    void refusesFiftyCellsSpanningAThousandRowsAndColumnsSideBySide() throws IOException {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            row.append("<td rowspan=\"1000\" colspan=\"1000\">").append(i).append("</td>");
        }
        Path page = write("<html><body><table><tr>" + row + "</tr></table></body></html>");

        BudgetExceeded refused = Answered.within5Seconds(() -> assertThrows(BudgetExceeded.class,
                () -> HtmlReport.read(page)));

        assertEquals("内容过大：表格第 1 行有单元格排在第 200 列之后（合并跨度过大），表格宽度超过上限 200 列",
                refused.getMessage());
    }

    @Test
    void refusesFiftyRowsOfOneCellSpanningAThousandRowsAndColumns() throws IOException {
        String rows = "<tr><td rowspan=\"1000\" colspan=\"1000\">1</td></tr>".repeat(50);
        Path page = write("<html><body><table>" + rows + "</table></body></html>");

        BudgetExceeded refused = Answered.within5Seconds(() -> assertThrows(BudgetExceeded.class,
                () -> HtmlReport.read(page)));

        assertEquals("内容过大：表格第 2 行有单元格排在第 200 列之后（合并跨度过大），表格宽度超过上限 200 列",
                refused.getMessage());
    }

    @Test
    void refusesATableOfMorePositionsThanAnyReportNeeds() throws IOException {
        String rows = "<tr>" + "<td>1</td>".repeat(200) + "</tr>" + "<tr><td>1</td></tr>".repeat(250);
        Path page = write("<html><body><table>" + rows + "</table></body></html>");

        BudgetExceeded refused = Answered.within5Seconds(() -> assertThrows(BudgetExceeded.class,
                () -> HtmlReport.read(page)));

        assertEquals("内容过大：表格有 251 行 × 200 列，超过上限 50000 格", refused.getMessage());
    }

    @Test
    void readsOneCellSpanningAThousandRowsAndColumnsAsOneCell() {
        var table = Jsoup.parse("<table><tr><td rowspan=\"1000\" colspan=\"1000\">总计</td></tr>"
                + "<tr></tr></table>").selectFirst("table");

        assertEquals(List.of(List.of("总计"), List.of("")), HtmlReport.grid(table));
    }

    @Test
    void endsASpanReachingPastTheLastColumnAtTheLastColumn() {
        var table = Jsoup.parse("<table><tr><td colspan=\"100\">第一项</td></tr>"
                + "<tr><td>规章</td><td>1</td><td>2</td></tr></table>").selectFirst("table");

        assertEquals(List.of(List.of("第一项", "", ""), List.of("规章", "1", "2")), HtmlReport.grid(table));
    }

    @Test
    void readsARealPageWhoseHeadersSpanAHundredColumnsCellForCell() throws IOException {
        Path original = Fixtures.source(Fixtures.REPORTS.resolve("html-1-portal-layout-table"));
        String html = Files.readString(original, StandardCharsets.UTF_8);
        String sloppy = html.replace("<td colspan=\"7\">申请人情况</td>", "<td colspan=\"100\">申请人情况</td>")
                .replace("<td colspan=\"10\">行政诉讼</td>", "<td colspan=\"100\">行政诉讼</td>");
        Path page = write(sloppy);

        ExtractedReport report = Answered.within5Seconds(() -> reader.read(HtmlReport.read(page)));

        ExtractedReport expected = reader.read(HtmlReport.read(original));
        assertEquals(expected.cells(), report.cells());
        assertEquals(expected.findings(), report.findings());
    }

    @Test
    void refusesAHundredThousandNestedTablesAtOnce() throws IOException {
        Path page = write("<html><body>" + "<table><tr><td>".repeat(NESTED) + "1"
                + "</td></tr></table>".repeat(NESTED) + "</body></html>");

        BudgetExceeded refused = Answered.within5Seconds(() -> assertThrows(BudgetExceeded.class,
                () -> HtmlReport.read(page)));

        assertEquals("内容过大：网页中的表格超过上限 1000 个", refused.getMessage());
    }

    @Test
    void refusesAHundredThousandNestedElementsWithoutExhaustingTheStack() throws IOException {
        Path page = write("<html><body>" + "<div>".repeat(NESTED) + "1" + "</div>".repeat(NESTED) + "</body></html>");

        BudgetExceeded refused = Answered.within5Seconds(() -> assertThrows(BudgetExceeded.class,
                () -> HtmlReport.read(page)));

        assertEquals("内容过大：网页元素嵌套 100003 层，超过上限 500 层", refused.getMessage());
    }

    @Test
    void readsAUtf8PageWithOneStrayByteAsUtf8() throws IOException {
        Path original = Fixtures.source(Fixtures.REPORTS.resolve("html-1-portal-layout-table"));
        byte[] bytes = Files.readAllBytes(original);
        int body = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<body");
        byte[] damaged = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, damaged, 0, body);
        damaged[body] = (byte) 0xC0;
        System.arraycopy(bytes, body, damaged, body + 1, bytes.length - body);
        Path page = dir.resolve("stray.html");
        Files.write(page, damaged);

        ExtractedReport report = Answered.within5Seconds(() -> reader.read(HtmlReport.read(page)));

        ExtractedReport expected = reader.read(HtmlReport.read(original));
        assertEquals(expected.cells(), report.cells());
        assertEquals(expected.unit(), report.unit());
    }

    @Test
    void stopsReadingOnceTheFilesDeadlineHasPassed() {
        Path page = Fixtures.source(Fixtures.REPORTS.resolve("html-1-portal-layout-table"));

        BudgetExceeded late = assertThrows(BudgetExceeded.class, () -> FileBudget.within(Duration.ofNanos(1),
                () -> HtmlReport.read(page)));

        assertEquals("处理超时：超过 1 秒仍未读完，已放弃这个文件", late.getMessage());
    }

    private Path write(String html) throws IOException {
        return Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
    }
}
