package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.Span;
import cn.nianbao.annualreport.workbook.TableLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GBK web page whose tables use rowspan and colspan the way the official tables do (rendered from the form's own
 * layout, filled with the figures a careful reader found in seed 001) reads back cell for cell.
 */
class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void readsTablesWithRowspanAndColspanFromAGbkPage() throws Exception {
        Map<String, String> expected = RenderedSeed.expected();
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"gbk\"><title>年报</title></head><body>"
                + "<h1>" + RenderedSeed.TITLE + "</h1><p>一、总体情况</p><p>本局依法公开。</p>");
        for (TableLayout layout : RenderedSeed.tables()) {
            html.append("<p>").append(layout.table().title()).append("</p><table border=\"1\">");
            for (int row = 1; row <= RenderedSeed.lastRow(layout); row++) {
                html.append("<tr>");
                for (Span span : RenderedSeed.inRow(layout, row)) {
                    if (span.firstRow() == row) {
                        html.append("<td rowspan=\"").append(span.lastRow() - span.firstRow() + 1)
                                .append("\" colspan=\"").append(span.lastColumn() - span.firstColumn() + 1)
                                .append("\">").append(RenderedSeed.text(span, expected)).append("</td>");
                    }
                }
                html.append("</tr>");
            }
            html.append("</table>");
        }
        html.append("<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>");
        Path page = dir.resolve("report.html");
        Files.write(page, html.toString().getBytes(Charset.forName("GBK")));

        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load())
                .read(HtmlReport.read(page));
        assertEquals(expected, Expectation.cellsOf(report), report.findings().toString());
        assertEquals("重庆市开州区民政局", report.unit().orElseThrow());
    }
}
