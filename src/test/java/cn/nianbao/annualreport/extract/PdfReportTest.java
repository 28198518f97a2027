package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinitions;

/**
 * The three real PDFs read cell for cell from positions and table rules: tables broken across pages, group labels
 * printed one character per line or in a vertical font, labels over several lines, and printed totals that are wrong.
 */
class PdfReportTest {

    private static final Path REAL = Expectation.SHARED.resolve("real-reports");

    @ParameterizedTest
    @ValueSource(strings = {"hongze-district-2023", "hongze-district-2024", "huaian-city-2024"})
    void readsEveryCellOfARealPdfAsPrinted(String name) throws Exception {
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(PdfReport.read(REAL.resolve(name + ".pdf")));
        Expectation expected = Expectation.read(REAL.resolve(name + ".json"));
        assertEquals(expected.cells(), Expectation.cellsOf(report), report.findings().toString());
        assertEquals(List.of(), report.findings().stream()
                .filter(f -> f.isError() && !f.ruleId().equals("printed-total")).toList());
        assertEquals(expected.edition(), report.form().edition());
        assertEquals(expected.year(), report.year().orElseThrow());
        assertEquals(expected.unit(), report.unit().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hongze-district-2023", "hongze-district-2024", "huaian-city-2024"})
    void reportsTheKnownSourceErrorsAsDisagreeingTotalsAndNothingElse(String name) throws Exception {
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(PdfReport.read(REAL.resolve(name + ".pdf")));
        Expectation expected = Expectation.read(REAL.resolve(name + ".json"));
        assertEquals(expected.knownErrors(), report.printedTotals().keySet().stream().map(CellCode::toString).toList());
    }
}
