package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.Severity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A row whose figures cannot be placed in their columns with certainty (more or fewer than its columns and no header
 * grid to settle it) is left blank with a {@code row-in-doubt} finding that names the row and its cells; no figure of
 * it lands in any cell, shifted or not, and the rows around it still read.
 */
class RowInDoubtTest {

    private static final List<String> APPLICANTS = List.of("natural_person", "business", "research", "nonprofit",
            "legal_services", "other_org", "total");

    @Test
    void leavesARowOfOneCellPerLineTextWithAFigureMissingBlank() throws Exception {
        List<String> lines = golden("text-pipes-1-blank-cells");
        int row = Fixtures.lineContaining(lines, "（一）予以公开 |");
        assertEquals(" |", lines.get(row + 3), "the fixture's empty 科研机构 cell");
        lines.remove(row + 3);
        ExtractedReport report = reader().read(lines);
        assertRowInDoubt(report, "granted", "第 " + (row + 1) + " 行");
        assertEquals("1", figure(report, "requests.partial.natural_person"), "the next row still reads");
        assertEquals("6", figure(report, "requests.new.natural_person"));
    }

    @Test
    void leavesARowOfOneCellPerLineTextWithAFigureTooManyBlank() throws Exception {
        List<String> lines = golden("text-pipes-1-blank-cells");
        int row = Fixtures.lineContaining(lines, "一、本年新收政府信息公开申请数量 |");
        lines.add(row + 1, "3 |");
        ExtractedReport report = reader().read(lines);
        assertRowInDoubt(report, "new", "第 " + (row + 1) + " 行");
        assertEquals("1", figure(report, "requests.partial.natural_person"));
    }

    @Test
    void readsAGridRowWithoutHeaderAtTheFigureColumnsOfTheRowsThatPlaceWithCertainty() throws Exception {
        String page = Files.readString(Fixtures.REPORTS.resolve("html-1-portal-layout-table").resolve("report.html"),
                StandardCharsets.UTF_8);
        // Without the applicant headers, 四、结转下年度继续办理 (a label over three grid columns, six figures and an
        // empty 总计 at the end) allows two readings by itself; the rows printed in full put the first figure column
        // at one grid position, so it is read there, its empty 总计 blank, and no figure shifted.
        String headerless = page.replace("申请人情况", "").replace(">自然人<", "><").replace(">商业企业<", "><");
        ExtractedReport report = reader().read(HtmlReport.read(Jsoup.parse(headerless)));
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().equals("row-in-doubt")),
                report.findings().toString());
        assertEquals("0", figure(report, "requests.carried_forward.natural_person"));
        assertEquals("1", figure(report, "requests.carried_forward.business"));
        assertEquals("0", figure(report, "requests.carried_forward.other_org"));
        assertEquals(PrintedValue.Form.BLANK,
                report.cells().get(CellCode.parse("requests.carried_forward.total")).form());
        // （一）予以公开 (a label over two grid columns, then 3, a blank, …, 4) has one placement only.
        assertEquals("3", figure(report, "requests.granted.natural_person"));
        assertEquals(PrintedValue.Form.BLANK, report.cells().get(CellCode.parse("requests.granted.business")).form());
        assertEquals("4", figure(report, "requests.granted.total"));
        assertEquals("5", figure(report, "requests.new.natural_person"), "a row printed in full still reads");
    }

    @Test
    void leavesAGridRowBlankWhenTheRowsThatPlaceWithCertaintyDisagreeOnTheFigureColumns() throws Exception {
        String page = Files.readString(Fixtures.REPORTS.resolve("html-1-portal-layout-table").resolve("report.html"),
                StandardCharsets.UTF_8);
        String headerless = page.replace("申请人情况", "").replace(">自然人<", "><").replace(">商业企业<", "><");
        ReportText text = HtmlReport.read(Jsoup.parse(headerless));
        List<String> lines = new ArrayList<>(text.lines());
        int full = Fixtures.lineContaining(lines, "一、本年新收政府信息公开申请数量\t");
        // One full row moved one grid position to the right (an extra empty cell after its label): the rows no
        // longer agree where the figures start, so nothing settles 四、结转下年度继续办理.
        lines.set(full, lines.get(full).replaceFirst("\t", "\t\t"));
        ExtractedReport report = reader().read(new ReportText(lines, text.places(), text.exactCells()));
        assertRowInDoubt(report, "carried_forward", "第 2 个表格第 28 行");
    }

    @Test
    void leavesAPdfTextRowOfTooManyFiguresThatDoNotAddUpBlank() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.seed("002"), StandardCharsets.UTF_8));
        int row = Fixtures.lineContaining(lines, "2. 其他法律行政法规禁止公开");
        lines.set(row, lines.get(row).replaceFirst("(公开)(\t0)+$", "$1\t1\t0\t0\t0\t0\t0\t7\t3"));
        ExtractedReport report = reader().read(lines);
        assertRowInDoubt(report, "denied_law", "第 " + (row + 1) + " 行");
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().equals("spurious-cells")
                && f.where().orElseThrow().toString().equals("第 " + (row + 1) + " 行")), report.findings().toString());
    }

    private static void assertRowInDoubt(ExtractedReport report, String row, String place) {
        List<String> codes = APPLICANTS.stream().map(c -> "requests." + row + "." + c).toList();
        codes.forEach(code -> assertFalse(report.cells().containsKey(CellCode.parse(code)), code + " stays blank"));
        List<Finding> doubts = report.findings().stream().filter(f -> f.ruleId().equals("row-in-doubt")
                && f.args().get("cells").equals(String.join("、", codes))).toList();
        assertEquals(1, doubts.size(), report.findings().toString());
        assertEquals(place, doubts.get(0).where().orElseThrow().toString());
        // reading a published report, a row in doubt is a warning (findings.yaml: converting: warning, issue 13)
        assertEquals(Severity.WARNING, doubts.get(0).severity());
    }

    private static String figure(ExtractedReport report, String code) {
        return Expectation.cellsOf(report).getOrDefault(code, "(absent)");
    }

    private static TextReportReader reader() throws Exception {
        return TextReportReader.withInstalledLabels(FormDefinitions.load());
    }

    private static List<String> golden(String name) throws Exception {
        return Fixtures.lines(Fixtures.source(Fixtures.REPORTS.resolve(name)));
    }

}
