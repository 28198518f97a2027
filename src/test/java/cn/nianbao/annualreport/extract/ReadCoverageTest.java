package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;

/** Every report says how much of it was read: cells out of the edition's, tables not found, rows not read. */
class ReadCoverageTest {

    private static ExtractedReport read(List<String> lines) throws Exception {
        return TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
    }

    private static List<String> seed(String number) throws Exception {
        return new ArrayList<>(Files.readAllLines(Fixtures.seed(number), StandardCharsets.UTF_8));
    }

    @Test
    void aFullyReadReportHasEveryCellOfItsEditionAndNoPartlyReadFinding() throws Exception {
        ExtractedReport report = read(seed("001"));
        ReadCoverage coverage = report.coverage();
        assertEquals(200, coverage.ofCells());
        assertEquals(200, coverage.cells());
        assertTrue(coverage.isComplete());
        assertFalse(report.findings().stream().anyMatch(f -> f.ruleId().equals("partly-read")));
    }

    @Test
    void aReportWithoutTableFourNamesTheTableAndCountsItsFifteenCellsAsNotRead() throws Exception {
        List<String> lines = seed("001");
        int four = indexOf(lines, "四、政府信息公开行政复议");
        int five = indexOf(lines, "五、政府信息公开工作存在的主要问题");
        lines.subList(four, five).clear();
        ExtractedReport report = read(lines);
        ReadCoverage coverage = report.coverage();
        assertEquals(185, coverage.cells());
        assertEquals(List.of("appeals"), coverage.tablesNotFound());
        assertEquals(List.of(), coverage.rowsNotRead());
        Finding partly = report.findings().stream().filter(f -> f.ruleId().equals("partly-read")).findFirst()
                .orElseThrow();
        assertEquals("185", partly.args().get("cells"));
        assertTrue(partly.args().get("tables").startsWith("四、"), partly.args().toString());
    }

    @Test
    void aRowWhoseLabelIsGoneIsARowNotRead() throws Exception {
        List<String> lines = seed("001");
        int row = indexOf(lines, "2.重复申请");
        lines.set(row, "2.（此处标签无法辨认）");
        ReadCoverage coverage = read(lines).coverage();
        assertEquals(193, coverage.cells());
        assertEquals(List.of("requests.rejected_repeat"), coverage.rowsNotRead());
        assertEquals(List.of(), coverage.tablesNotFound());
        assertFalse(coverage.isComplete());
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (LabelText.normalise(lines.get(i)).startsWith(LabelText.normalise(start))) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
