package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed reports' narrative parts, and the 2019 single 其他处理 row inside a 2021 table. */
class TextReportReaderTest {

    @ParameterizedTest
    @CsvSource({"000_2f396f1e852b3100", "003_b49badf6c65abf03", "004_47e6c7f05ba30db4"})
    void keepsTheSixNumberedPartsAsTextWithoutSplittingTableThreeAtItsRowLabels(String seed) throws Exception {
        var lines = Files.readAllLines(Fixtures.seed(seed.substring(0, 3)), StandardCharsets.UTF_8);
        var narrative = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines).narrative();
        assertEquals(6, narrative.size(), narrative.keySet().toString());
        var headings = java.util.List.copyOf(narrative.keySet());
        assertTrue(LabelText.normalise(headings.get(0)).startsWith("一、总体情况"), headings.toString());
        assertTrue(LabelText.normalise(headings.get(2)).startsWith("三、收到和处理"), headings.toString());
        assertTrue(LabelText.normalise(headings.get(4)).startsWith("五、"), headings.toString());
        assertTrue(LabelText.normalise(narrative.get(headings.get(2))).contains("结转下年度继续办理"));
        assertFalse(narrative.get(headings.get(0)).isBlank());
    }

    @Test
    @DisplayName("2021 版表格中印 2019 版单行“（六）其他处理”：按 requests.other.* 读取并提示")
    void readsTheSingleOtherRowOfA2019TableInsideA2021Report() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.seed("001"),
                StandardCharsets.UTF_8));
        int other = indexStarting(lines, "(六)其他处理", 0);
        int total = indexStarting(lines, "(七)总计", other);
        lines.subList(other + 1, total).clear();
        lines.addAll(other + 1, List.of("3 |", "0 |", "0 |", "0 |", "0 |", "1 |", "4 | ||"));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(lines);
        assertEquals("2021", report.form().edition());
        // The figures put in change the 总计 row's parts; reading itself finds no error (the sums are the checker's).
        assertEquals(List.of(), report.findings().stream()
                .filter(f -> f.isError()).toList());
        assertEquals(new BigDecimal("4"), report.figures().get(CellCode.parse("requests.other.total")));
        assertFalse(report.cells().containsKey(CellCode.parse("requests.other_misc.total")));
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("edition-variant")),
                report.findings().toString());
    }

    private static int indexStarting(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }
}
