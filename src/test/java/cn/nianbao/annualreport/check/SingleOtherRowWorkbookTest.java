package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.export.CsvExporter;
import cn.nianbao.annualreport.export.ExportedReport;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.merge.EditionMapping;
import cn.nianbao.annualreport.merge.Merger;
import cn.nianbao.annualreport.merge.Omission;
import cn.nianbao.annualreport.merge.Summary;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookReader;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 3: the workbook {@code convert} writes for a 2021 report printed with the 2019 single
 * （六）其他处理 row (the {@code single-other} variant) is read back by {@code check}, {@code export} and {@code merge}
 * with its {@code requests.other.*} figures. Before the fix, check found 21 {@code name-missing} errors (the official
 * form's three sub-rows) and merge dropped the row's figures without a word.
 */
class SingleOtherRowWorkbookTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static final CellCode OTHER_PERSON = CellCode.parse("requests.other.natural_person");
    private static final CellCode OTHER_ORG = CellCode.parse("requests.other.other_org");
    private static final CellCode OTHER_TOTAL = CellCode.parse("requests.other.total");

    @TempDir
    static Path dir;

    private static Path converted;

    /**
     * Seed 001 (all zeros) with its three 2021 sub-rows replaced by the 2019 single row 3, 0, 0, 0, 0, 1, 4, and the
     * new requests and the 总计 row set to the same figures so that the report balances; converted.
     */
    @BeforeAll
    static void convertTheReport() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.seed("001"), StandardCharsets.UTF_8));
        List<String> figures = List.of("3 |", "0 |", "0 |", "0 |", "0 |", "1 |", "4 | ||");
        int received = indexStarting(lines, "一、本年新收", 0);
        replace(lines, received + 1, figures);
        int other = indexStarting(lines, "(六)其他处理", received);
        int total = indexStarting(lines, "(七)总计", other);
        lines.subList(other + 1, total).clear();
        lines.addAll(other + 1, figures);
        replace(lines, indexStarting(lines, "(七)总计", other) + 1, figures);
        ExtractedReport report = TextReportReader.withInstalledLabels(FORMS).read(lines);
        assertTrue(report.form().variant().isPresent(), "the report should be read in the variant");
        converted = dir.resolve("single-other.xlsx");
        // as ReportWorkbooks.write (convert) writes it
        new WorkbookWriter(report.form()).write(new TemplateOptions(report.unit(), report.year()),
                new Filling(report.figures(), report.cellNotes(), report.narrative(), report.printedTotalValues()),
                converted, true);
    }

    @Test
    @DisplayName("check 读出单行“（六）其他处理”的工作簿：没有 name-missing，按 requests.other.* 读取并提示")
    void checkReadsTheVariantWorkbookWithItsOwnNames() throws IOException {
        FilledForm filled = new WorkbookForms(FORMS).read(WorkbookReader.read(converted)).orElseThrow();
        assertEquals("2021", filled.form().edition());
        assertTrue(filled.form().variant().isPresent());
        List<Finding> findings = Checker.check(filled);
        assertEquals(List.of(), findings.stream().filter(f -> f.ruleId().equals("name-missing")).toList());
        assertEquals(List.of("edition-variant"), findings.stream()
                .filter(f -> f.isError() || f.ruleId().equals("edition-variant")).map(Finding::ruleId).toList());
        assertEquals(new BigDecimal("3"), filled.figures().get(OTHER_PERSON));
        assertEquals(new BigDecimal("4"), filled.figures().get(OTHER_TOTAL));
    }

    @Test
    void exportWritesTheSingleRowUnderItsOwnCodes() throws IOException {
        CheckedFile<FilledForm> checked = checked();
        Path csv = dir.resolve("long.csv");
        new CsvExporter(FORMS, false).writeLong(List.of(ExportedReport.of(checked)), csv);
        Map<String, String> values = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(",")).filter(fields -> fields[7].startsWith("requests.other."))
                .collect(Collectors.toMap(fields -> fields[7], fields -> fields.length > 8 ? fields[8] : ""));
        assertEquals("3", values.get(OTHER_PERSON.toString()));
        assertEquals("1", values.get(OTHER_ORG.toString()));
        assertEquals("4", values.get(OTHER_TOTAL.toString()));
        assertFalse(values.containsKey("requests.other_misc.total"));
    }

    @Test
    @DisplayName("merge 不悄悄丢掉单行“（六）其他处理”：每个非零数字都列为未计入（not-in-edition）")
    void mergeListsEveryFigureOfTheSingleRowItCannotAdd() throws IOException {
        CheckedFile<FilledForm> checked = checked();
        Summary summary = new Merger(FORMS, EditionMapping.load(FORMS)).merge(List.of(checked), "某市",
                new ReportYear(2024));
        assertEquals("2021", summary.form().edition());
        assertEquals(List.of(List.of(OTHER_PERSON, "3"), List.of(OTHER_ORG, "1")), summary.omissions().stream()
                .filter(o -> o.reason() == Omission.Reason.NOT_IN_EDITION).map(o -> List.<Object>of(o.code(),
                        o.content())).toList());
        CellCode granted = CellCode.parse("requests.granted.natural_person");
        assertEquals(checked.filled().orElseThrow().figures().get(granted), summary.totals().get(granted),
                "the rows both forms have are added");
    }

    private static CheckedFile<FilledForm> checked() throws IOException {
        CheckedFile<FilledForm> checked = new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS))
                .checked(converted);
        assertTrue(checked.filled().isPresent(), checked.result().toString());
        return checked;
    }

    private static void replace(List<String> lines, int from, List<String> figures) {
        for (int i = 0; i < figures.size(); i++) {
            lines.set(from + i, figures.get(i));
        }
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
