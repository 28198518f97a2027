package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.Span;
import cn.nianbao.annualreport.workbook.TableLayout;

/**
 * A GBK web page whose tables use rowspan and colspan the way the official tables do (rendered from the form's own
 * layout, filled with the figures a careful reader found in seed 001) reads back cell for cell.
 */
class HtmlReportTest {

    private static final Path SHARED = Path.of("..", "shared");

    @TempDir
    Path dir;

    @Test
    void readsTablesWithRowspanAndColspanFromAGbkPage() throws Exception {
        String json = Files.readString(SHARED.resolve("seeds-expected/001_0d529075b8579b4b.json"),
                StandardCharsets.UTF_8);
        Map<String, String> expected = new TreeMap<>();
        Matcher m = Pattern.compile("\"((?:active|requests|appeals)\\.[a-z_]+\\.[a-z_]+)\": (-?[0-9.]+|null)")
                .matcher(json);
        while (m.find()) {
            expected.put(m.group(1), m.group(2));
        }
        FormDefinition form = FormDefinitions.load().edition("2021").orElseThrow();
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"gbk\"><title>年报</title></head><body>"
                + "<h1>重庆市开州区民政局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本局依法公开。</p>");
        for (var table : form.tables()) {
            TableLayout layout = TableLayout.of(table);
            html.append("<p>").append(table.title()).append("</p><table border=\"1\">");
            for (int row = 1; row <= layout.spans().stream().mapToInt(Span::lastRow).max().orElse(0); row++) {
                html.append("<tr>");
                for (Span span : layout.spans()) {
                    if (span.firstRow() != row) {
                        continue;
                    }
                    String text = span.code().map(c -> expected.get(c.toString())).map(v -> v.equals("null") ? ""
                            : v).orElse(span.text());
                    html.append("<td rowspan=\"").append(span.lastRow() - span.firstRow() + 1)
                            .append("\" colspan=\"").append(span.lastColumn() - span.firstColumn() + 1).append("\">")
                            .append(text).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</table>");
        }
        html.append("<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>");
        Path page = dir.resolve("report.html");
        Files.write(page, html.toString().getBytes(Charset.forName("GBK")));

        ExtractedReport report = new TextReportReader(FormDefinitions.load()).read(HtmlReport.lines(page));
        Map<String, String> actual = new TreeMap<>();
        report.cells().forEach((code, value) -> actual.put(code.toString(),
                value.value().map(BigDecimal::toPlainString).orElse("null")));
        assertEquals(expected, actual, report.problems().toString());
        assertEquals("重庆市开州区民政局", report.unit().orElseThrow());
    }
}
