package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three real PDFs read cell for cell from positions and table rules: tables broken across pages, group labels
 * printed one character per line or in a vertical font, labels over several lines, and printed totals that are wrong.
 */
class PdfReportTest {

    @ParameterizedTest
    @ValueSource(strings = {"hongze-district-2023", "hongze-district-2024", "huaian-city-2024"})
    void readsEveryCellOfARealPdfAsPrinted(String name) throws Exception {
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load())
                .read(PdfReport.read(Fixtures.realReport(name)));
        Expectation expected = Expectation.read(Fixtures.realExpected(name));
        assertEquals(expected.cells(), Expectation.cellsOf(report), report.findings().toString());
        assertEquals(List.of(), report.findings().stream()
                .filter(f -> f.isError()).toList());
        assertEquals(expected.edition(), report.form().edition());
        assertEquals(expected.year(), report.year().orElseThrow().value());
        assertEquals(expected.unit(), report.unit().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hongze-district-2023", "hongze-district-2024", "huaian-city-2024"})
    void reportsTheKnownSourceErrorsAsDisagreeingTotalsAndNothingElse(String name) throws Exception {
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load())
                .read(PdfReport.read(Fixtures.realReport(name)));
        Expectation expected = Expectation.read(Fixtures.realExpected(name));
        assertEquals(expected.knownErrors(), report.printedTotals().keySet().stream().map(CellCode::toString).toList());
    }

    @Test
    void refusesAnEncryptedPdfWithAChineseMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(file.toFile());
        }
        IOException e = assertThrows(IOException.class, () -> PdfReport.read(file));
        assertTrue(e.getMessage().contains("加密"), e.getMessage());
    }

    static Stream<Arguments> damagedPdfs() {
        String catalog = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
        return Stream.of(
                Arguments.of(catalog + "trailer\n<< /Root 1 0 R >>\n%%EOF\n", "PDF 文件已损坏，无法读取"),
                Arguments.of(catalog + "xref\n0 2\n", "PDF 文件不完整（末尾没有结束标记，可能没有下载完），无法读取"),
                Arguments.of("<html><body>年度报告</body></html>", "不是 PDF 文件：文件开头没有 PDF 标记，可能是改了扩展名的其他文件"),
                Arguments.of("", "文件是空的"));
    }

    @ParameterizedTest
    @MethodSource("damagedPdfs")
    void refusesADamagedPdfWithAChineseReasonNotPdfBoxs(String content, String reason, @TempDir Path dir)
            throws Exception {
        // Before fix: 不是可读的 PDF 文件（Error: End-of-File, expected line at offset 22）
        Path file = Files.writeString(dir.resolve("damaged.pdf"), content);
        IOException e = assertThrows(IOException.class, () -> PdfReport.read(file));
        assertEquals(reason, e.getMessage());
    }
}
