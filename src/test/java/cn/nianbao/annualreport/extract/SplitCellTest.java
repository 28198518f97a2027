package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;

/**
 * A row with one figure too many, where joining two adjacent single digits makes its sum hold, is reported as a
 * probable split cell (疑似拆格) and left blank: the join is never made silently.
 */
class SplitCellTest {

    private static final CellCode NEW_TOTAL = CellCode.parse("requests.new.total");

    @Test
    void reportsASplitCellInOneCellPerLineTextAndLeavesTheRowBlank() throws Exception {
        List<String> lines = seed("001_0d529075b8579b4b");
        int row = Fixtures.lineContaining(lines, "一、本年新收政府信息公开申请数量");
        lines.subList(row + 1, row + 8).clear();
        lines.addAll(row + 1, List.of("1 |", "2 |", "0 |", "0 |", "0 |", "0 |", "0 |", "12 | ||"));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
        Finding split = only(report, "probable-split-cell");
        assertEquals("12", split.expected());
        assertEquals("1 | 2", split.actual());
        assertEquals("第 " + (row + 2) + " 行", split.where().orElseThrow().toString());
        assertFalse(report.cells().containsKey(NEW_TOTAL), "the row stays blank");
        assertFalse(report.cells().containsKey(CellCode.parse("requests.new.natural_person")));
        assertTrue(report.cells().containsKey(CellCode.parse("requests.carried_over.total")),
                "the next row still reads");
    }

    @Test
    void reportsASplitCellInTabSeparatedPdfText() throws Exception {
        List<String> lines = seed("002_65ae609cbadd49bc");
        int row = Fixtures.lineContaining(lines, "2. 其他法律行政法规禁止公开");
        lines.set(row, lines.get(row).replaceFirst("(公开)(\t0)+$", "$1\t1\t2\t0\t0\t0\t0\t0\t12"));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
        Finding split = only(report, "probable-split-cell");
        assertEquals("12", split.expected());
        assertFalse(report.cells().containsKey(CellCode.parse("requests.denied_law.total")));
        assertTrue(report.cells().containsKey(CellCode.parse("requests.denied_secret.total")));
    }

    @Test
    void keepsAnExtraCellThatNoJoinExplainsAsASpuriousCellWithoutCallingItASplit() throws Exception {
        List<String> lines = seed("002_65ae609cbadd49bc");
        int row = Fixtures.lineContaining(lines, "2. 其他法律行政法规禁止公开");
        lines.set(row, lines.get(row).replaceFirst("(公开)(\t0)+$", "$1\t3\t0\t0\t0\t0\t0\t7\t3"));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().equals("probable-split-cell")),
                report.findings().toString());
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("spurious-cells")
                && f.where().orElseThrow().toString().equals("第 " + (row + 1) + " 行")), report.findings().toString());
    }

    private static Finding only(ExtractedReport report, String ruleId) {
        List<Finding> found = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), report.findings().toString());
        return found.get(0);
    }

    private static List<String> seed(String name) throws Exception {
        return Fixtures.lines(Fixtures.seed(name.substring(0, 3)));
    }

}
