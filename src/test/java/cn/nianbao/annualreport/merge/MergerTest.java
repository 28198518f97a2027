package cn.nianbao.annualreport.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.Entry;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.ReportYear;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a merge adds and what it leaves out, on real workbooks (the project's examples and converted seed reports),
 * with the expected sums read independently through POI.
 */
class MergerTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static final Merger MERGER = new Merger(FORMS, EditionMapping.load(FORMS));
    private static final Path KAIZHOU = MergeFixtures.EXAMPLES.resolve("开州区民政局-2024-正确.xlsx");
    private static final Path HUAYIN = MergeFixtures.EXAMPLES.resolve("华阴市-2020-2019版-正确.xlsx");

    @TempDir
    Path dir;

    private static List<CheckedFile<FilledForm>> read(Path... files) {
        try {
            return new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS)).read(List.of(files), 2,
                    (done, total) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void addsEveryUnitsEnteredNumbersAndLeavesTextCellsOutWithTheirContent() throws Exception {
        Path arxan = MergeFixtures.seedWorkbook("000_2f396f1e852b3100", 2024, dir);
        MergeFixtures.typeText(arxan, "requests.new.natural_person", "十二");
        MergeFixtures.typeText(arxan, "requests.granted.research", "7");
        Map<String, Double> kaizhou = MergeFixtures.entered(KAIZHOU);
        Map<String, Double> other = MergeFixtures.entered(arxan);
        Summary summary = MERGER.merge(read(KAIZHOU, arxan), "某市政务公开办", new ReportYear(2024));
        assertEquals("2021", summary.form().edition());
        assertEquals(200 - summary.form().computedCells().size(), summary.totals().size());
        summary.totals().forEach((code, total) -> assertEquals(
                kaizhou.getOrDefault(code.toString(), 0.0) + other.getOrDefault(code.toString(), 0.0),
                total.doubleValue(), 1e-9, code.toString()));
        assertFalse(other.containsKey("requests.new.natural_person"), "POI sees text, not a number");
        assertFalse(other.containsKey("requests.granted.research"), "a number stored as text is text to a spreadsheet");
        assertEquals(List.of(List.of(arxan, CellCode.parse("requests.new.natural_person"), "十二", Omission.Reason.TEXT),
                List.of(arxan, CellCode.parse("requests.granted.research"), "7", Omission.Reason.TEXT)),
                summary.omissions().stream().map(o -> List.of(o.file(), o.code(), o.content(), o.reason())).toList());
        assertEquals(1, summary.unitsWithErrors(), "the text is an error of its unit's own");
        assertTrue(summary.mapping().isEmpty());
    }

    @Test
    void mapsA2019UnitOntoThe2021CellsAndListsItsFiguresWithoutCounterpart() {
        Map<String, Double> huayin = MergeFixtures.entered(HUAYIN);
        Map<String, Double> kaizhou = MergeFixtures.entered(KAIZHOU);
        Summary summary = MERGER.merge(read(HUAYIN, KAIZHOU), "某市政务公开办", new ReportYear(2024));
        assertEquals("2021", summary.form().edition());
        assertTrue(summary.mapping().isPresent());
        for (String code : List.of("active.licensing.decisions", "requests.new.natural_person",
                "requests.rejected_repeat.natural_person", "appeals.review.corrected")) {
            assertEquals(huayin.getOrDefault(code, 0.0) + kaizhou.getOrDefault(code, 0.0),
                    summary.totals().get(CellCode.parse(code)).doubleValue(), 1e-9, code);
        }
        assertTrue(huayin.get("active.licensing.decisions") > 0, "the example has licensing decisions to map");
        assertEquals(kaizhou.get("active.rules.issued"), summary.totals().get(CellCode.parse("active.rules.issued"))
                .doubleValue(), 1e-9, "2019's 本年新制作数量 is not 2021's 本年制发件数");
        List<Omission> unmapped = summary.omissions(Omission.Reason.UNMAPPED);
        assertTrue(unmapped.stream().allMatch(o -> o.file().equals(HUAYIN) && o.edition().equals("2019")));
        assertTrue(unmapped.stream().anyMatch(o -> o.code().toString().equals("active.normative_docs.made")
                && o.content().equals(format(huayin.get("active.normative_docs.made")))), unmapped.toString());
        assertTrue(unmapped.stream().noneMatch(o -> new BigDecimal(o.content()).signum() == 0),
                "a 0 adds nothing and is not listed");
    }

    @Test
    void keepsA2019UnitInItsOwnEditionWhenEveryInputIsIn2019() {
        Summary summary = MERGER.merge(read(HUAYIN), "某市政务公开办", new ReportYear(2020));
        assertEquals("2019", summary.form().edition());
        assertTrue(summary.omissions().isEmpty(), summary.omissions().toString());
        assertEquals(MergeFixtures.entered(HUAYIN).get("active.normative_docs.made"),
                summary.totals().get(CellCode.parse("active.normative_docs.made")).doubleValue(), 1e-9);
    }

    @Test
    void listsTheSingleOtherRowOfThe2021VariantWithoutAddingIt() {
        FormDefinition variant = FORMS.variants().get(0);
        CellCode other = CellCode.parse("requests.other.business");
        CellCode granted = CellCode.parse("requests.granted.business");
        Map<CellCode, Entry> entries = Map.of(
                other, new Entry(other, CellRef.parse("'依申请公开'!E27").orElseThrow(), PrintedValue.read("3"),
                        Optional.empty(), false),
                granted, new Entry(granted, CellRef.parse("'依申请公开'!E7").orElseThrow(), PrintedValue.read("5"),
                        Optional.empty(), false));
        FilledForm filled = new FilledForm(variant, FilledForm.Source.REPORT, entries, Optional.of("某区"),
                Optional.of("2024"), Map.of(), List.of());
        Path file = Path.of("某区.pdf");
        CheckedFile<FilledForm> input = new CheckedFile<>(new FileResult(file, FileResult.Status.OK, Optional.of("某区"),
                Optional.of(new ReportYear(2024)), Optional.of("2021"), Optional.empty(), List.of(),
                FileResult.Carried.NONE), Optional.of(filled));
        Summary summary = MERGER.merge(List.of(input), "某市", new ReportYear(2024));
        assertEquals(BigDecimal.valueOf(5), summary.totals().get(granted));
        assertEquals(List.of(Omission.Reason.NOT_IN_EDITION), summary.omissions().stream().map(Omission::reason)
                .toList());
        assertEquals(other, summary.omissions().get(0).code());
    }

    @Test
    void namesAUnitThatTwoInputsHoldWithDifferentFiguresAndAddsBoth() throws Exception {
        CellCode licensing = CellCode.parse("active.licensing.decisions");
        Path other = Files.copy(KAIZHOU, dir.resolve("开州区民政局-2024-修改.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(KAIZHOU))) {
            AreaReference where = new AreaReference(workbook.getName(licensing.toString()).getRefersToFormula(),
                    SpreadsheetVersion.EXCEL2007);
            CellReference ref = where.getFirstCell();
            Cell cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
            cell.setCellValue(cell.getNumericCellValue() + 1);
            try (OutputStream out = Files.newOutputStream(other)) {
                workbook.write(out);
            }
        }
        Summary summary = MERGER.merge(read(KAIZHOU, other), "某市政务公开办", new ReportYear(2024));
        assertEquals(List.of(List.of(KAIZHOU, other)), List.copyOf(summary.duplicates().values()));
        assertTrue(summary.copies().isEmpty());
        assertEquals(2 * MergeFixtures.entered(KAIZHOU).get(licensing.toString()) + 1,
                summary.totals().get(licensing).doubleValue(), 1e-9);
        assertTrue(MERGER.merge(read(KAIZHOU), "某市政务公开办", new ReportYear(2024)).duplicates().isEmpty());
    }

    @Test
    void addsAnotherCopyOfTheSameReportOnceAndSaysWhichItIs() throws Exception {
        Path copy = Files.copy(KAIZHOU, dir.resolve("开州区民政局-2024-副本.xlsx"));
        Summary summary = MERGER.merge(read(KAIZHOU, copy), "某市政务公开办", new ReportYear(2024));
        assertEquals(Map.of(copy, KAIZHOU), summary.copies());
        assertEquals(List.of(KAIZHOU), summary.units().stream().map(MergedUnit::file).toList());
        assertTrue(summary.duplicates().isEmpty());
        assertEquals(MERGER.merge(read(KAIZHOU), "某市政务公开办", new ReportYear(2024)).totals(), summary.totals());
    }

    @Test
    void namesTheInputsOutsideTheMostCommonEditionAndYear() {
        List<CheckedFile<FilledForm>> files = List.of(result("a", "2021", 2024), result("b", "2021", 2024),
                result("c", "2019", 2024), result("d", "2021", 2023), result("e", "2021", null),
                result("f", "2021", 2024));
        Mismatch mismatch = MERGER.mismatch(files, Optional.empty()).orElseThrow();
        assertEquals("2021", mismatch.edition());
        assertEquals(Optional.of(new ReportYear(2024)), mismatch.year());
        assertEquals(List.of("c", "d", "e"), names(mismatch));
        Mismatch asked = MERGER.mismatch(files, Optional.of(new ReportYear(2023))).orElseThrow();
        assertEquals(List.of("a", "b", "c", "e", "f"), names(asked));
        assertTrue(MERGER.mismatch(List.of(files.get(0), files.get(1)), Optional.empty()).isEmpty());
        Mismatch tie = MERGER.mismatch(List.of(result("x", "2019", 2020), result("y", "2021", 2021)),
                Optional.empty()).orElseThrow();
        assertEquals("2021", tie.edition(), "a tie goes to the newer edition");
        assertEquals(Optional.of(new ReportYear(2021)), tie.year(), "and to the later year");
        assertEquals(List.of("x"), names(tie));
        assertEquals(Optional.empty(), Merger.commonYear(files));
        assertEquals(Optional.of(new ReportYear(2024)), Merger.commonYear(List.of(files.get(0), files.get(1))));
    }

    @Test
    void refusesInputsThatWereNotRead() throws Exception {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        List<CheckedFile<FilledForm>> read = read(KAIZHOU, empty);
        assertEquals(List.of(empty), Merger.unmergeable(read).stream().map(FileResult::file).toList());
        assertThrows(IllegalArgumentException.class, () -> MERGER.merge(read, "x", new ReportYear(2024)));
    }

    private static CheckedFile<FilledForm> result(String name, String edition, Integer year) {
        return new CheckedFile<FilledForm>(new FileResult(Path.of(name), FileResult.Status.OK, Optional.of(name),
                Optional.ofNullable(year).map(ReportYear::new), Optional.of(edition), Optional.empty(), List.of(),
                FileResult.Carried.NONE), Optional.empty());
    }

    private static List<String> names(Mismatch mismatch) {
        return mismatch.odd().stream().map(r -> r.file().toString()).toList();
    }

    /** A number as the workbook reader gives it: no trailing .0 on a whole number. */
    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
