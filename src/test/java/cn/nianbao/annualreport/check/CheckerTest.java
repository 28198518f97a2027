package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each kind of error a clerk makes, planted in the standard workbook of a real report (seed 001, 重庆市开州区民政局
 * 2024, whose figures add up), is reported with its rule, cell code and sheet!A1 address; the untouched workbook gets
 * no error.
 */
class CheckerTest {

    private static final Path SEED = Fixtures.seed("001");
    private static final FormDefinitions FORMS = FormDefinitions.load();

    @TempDir
    Path dir;

    /** The seed's standard workbook, filled by the converter, with {@code change} applied through POI. */
    private Path workbook(String name, Consumer<XSSFWorkbook> change) throws Exception {
        ExtractedReport report = TextReportReader.withInstalledLabels(FORMS)
                .read(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        Path file = dir.resolve(name + ".xlsx");
        new WorkbookWriter(report.form()).write(new TemplateOptions(report.unit(), report.year()),
                new Filling(report.figures(), report.cellNotes(), report.narrative(), report.printedTotalValues()),
                file, true);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            change.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static Cell cell(XSSFWorkbook workbook, String name) {
        CellReference ref = new CellReference(workbook.getName(name).getRefersToFormula());
        var sheet = workbook.getSheet(ref.getSheetName());
        var row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    private static String address(XSSFWorkbook workbook, String name) {
        return workbook.getName(name).getRefersToFormula().replace("$", "");
    }

    private FileResult check(Path file) {
        return new BatchChecker(FORMS, TextReportReaderHolder.READER).check(file);
    }

    /** The reader for published reports, made once. */
    private static final class TextReportReaderHolder {
        static final TextReportReader READER;

        static {
            try {
                READER = TextReportReader.withInstalledLabels(FORMS);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static List<Finding> errors(FileResult result) {
        return result.findings().stream().filter(Finding::isError).toList();
    }

    /** Exactly one error, with this rule, about this code, at this address. */
    private static void onlyError(FileResult result, String rule, String code, String where) {
        List<Finding> errors = errors(result);
        assertEquals(1, errors.size(), errors.toString());
        Finding finding = errors.get(0);
        assertEquals(rule, finding.ruleId(), finding.toString());
        assertEquals(code, finding.cell().map(Object::toString).orElse(""), finding.toString());
        assertEquals(where, finding.where().map(Object::toString).orElse(""), finding.toString());
    }

    @Test
    void anUntouchedWorkbookOfARealReportHasNoError() throws Exception {
        FileResult result = check(workbook("clean", w -> { }));
        assertEquals(List.of(), errors(result));
        assertEquals(FileResult.Status.OK, result.status());
        assertEquals("重庆市开州区民政局", result.unit().orElseThrow());
        assertEquals(2024, result.year().orElseThrow().value());
        assertEquals("2021", result.edition().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "十二;text-in-number-cell",
        "12;number-stored-as-text",
        "１２;full-width-digits",
        "—;placeholder",
        "/;placeholder",
        "无;placeholder",
        "' ';placeholder"})
    void textInANumberCellIsReportedByWhatItIs(String text, String rule) throws Exception {
        String code = "requests.granted.business";
        String[] where = new String[1];
        FileResult result = check(workbook("text", w -> {
            cell(w, code).setCellValue(text);
            where[0] = address(w, code);
        }));
        assertTrue(errors(result).stream().anyMatch(f -> f.ruleId().equals(rule)
                && f.cell().orElseThrow().toString().equals(code)
                && f.where().orElseThrow().toString().equals(where[0])),
                errors(result).toString());
    }

    @Test
    void aValueItsKindDoesNotAdmitBreaksTheKindsRuleUnderTheDefinitionsIdAndTheBalance() throws Exception {
        String[] where = new String[4];
        FileResult result = check(workbook("values", w -> {
            cell(w, "requests.granted.research").setCellValue(-3);
            cell(w, "requests.partial.research").setCellValue(2.5);
            cell(w, "requests.partial.nonprofit").setCellValue(-1.5);
            cell(w, "active.fees.amount").setCellValue(-0.5);
            where[0] = address(w, "requests.granted.research");
            where[1] = address(w, "requests.partial.research");
            where[2] = address(w, "requests.partial.nonprofit");
            where[3] = address(w, "active.fees.amount");
        }));
        List<String> rules = errors(result).stream()
                .map(f -> f.ruleId() + "@" + f.where().map(Object::toString).orElse("") + "="
                + f.expected()).toList();
        assertTrue(rules.contains("non-negative-integer@" + where[0] + "=≥ 0 的整数"), rules.toString());
        assertTrue(rules.contains("non-negative-integer@" + where[1] + "=≥ 0 的整数"), rules.toString());
        assertEquals(1, rules.stream().filter(r -> !r.startsWith("likely-wrong-cell@"))
                .filter(r -> r.contains("@" + where[2] + "=")).count(),
                "−1.5 breaks the one rule of 件数 once: " + rules);
        assertTrue(rules.contains("decimal-amount@" + where[3] + "=≥ 0"), rules.toString());
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("balance@")), "−3 + 2.5 unbalances 科研机构: " + rules);
    }

    @Test
    void aBlankCellIsReported() throws Exception {
        String[] where = new String[1];
        FileResult result = check(workbook("blank", w -> {
            Cell cell = cell(w, "appeals.review.upheld");
            where[0] = address(w, "appeals.review.upheld");
            cell.getRow().removeCell(cell);
        }));
        onlyError(result, "blank-cell", "appeals.review.upheld", where[0]);
    }

    @Test
    void aBrokenBalanceNamesItsCellsAndTheEquallyLikelyFixesWithoutPickingOne() throws Exception {
        String[] planted = new String[1];
        FileResult result = check(workbook("balance", w -> {
            Cell cell = cell(w, "requests.carried_forward.natural_person");
            planted[0] = address(w, "requests.carried_forward.natural_person") + "="
                    + (int) cell.getNumericCellValue();
            cell.setCellValue(cell.getNumericCellValue() + 1);
        }));
        List<Finding> errors = errors(result);
        assertEquals(List.of("balance", "likely-wrong-cell", "balance"), errors.stream().map(Finding::ruleId).toList(),
                "the 自然人 column and the 总计 column, which adds it, explained by one cell: " + errors);
        Finding column = errors.get(0);
        assertTrue(column.args().get("cells").contains("requests.carried_forward.natural_person"));
        assertEquals(Integer.parseInt(column.args().get("left")) + 1, Integer.parseInt(column.args().get("right")),
                "一 + 二 is one short of （七） + 四");
        assertEquals("", column.expected(), "本年新收, 上年结转 and 结转下年度 are equally likely: no rule picks one");
        Finding cause = errors.get(1);
        assertTrue(cause.args().get("alternatives").contains(planted[0]),
                "结转下年度 as it was is among the equally likely fixes: " + cause);
    }

    @Test
    void aTotalOverwrittenByAConstantIsReportedWithTheSumsItBreaks() throws Exception {
        String[] where = new String[1];
        FileResult result = check(workbook("overwritten", w -> {
            Cell total = cell(w, "requests.granted.total");
            total.removeFormula();
            total.setCellValue(99);
            where[0] = address(w, "requests.granted.total");
        }));
        List<String> rules = errors(result).stream().map(Finding::ruleId).sorted().toList();
        assertEquals(List.of("column-sum", "formula-overwritten", "likely-wrong-cell", "row-sum"), rules,
                errors(result).toString());
        assertTrue(errors(result).stream().filter(f -> f.ruleId().equals("formula-overwritten"))
                .allMatch(f -> f.where().orElseThrow().toString().equals(where[0]) && f.actual().equals("99")));
    }

    @Test
    void aCachedTotalIsNeverTrusted() throws Exception {
        FileResult result = check(workbook("stale", w -> {
            Cell total = cell(w, "requests.new.total");
            total.setCellFormula(total.getCellFormula());
            cell(w, "requests.new.natural_person").setCellValue(cell(w, "requests.new.natural_person")
                    .getNumericCellValue() + 5);
        }));
        assertTrue(errors(result).stream().anyMatch(f -> f.ruleId().equals("balance")),
                "the cached total is stale, but the recomputed one unbalances 自然人: " + errors(result));
        assertTrue(errors(result).stream().noneMatch(f -> f.ruleId().equals("row-sum")), errors(result).toString());
    }

    @Test
    void aMissingSheetAndAMissingNameAreStructureErrors() throws Exception {
        FileResult result = check(workbook("structure", w -> {
            w.removeSheetAt(w.getSheetIndex("校验"));
            w.removeName(w.getName("active.rules.issued"));
        }));
        List<String> rules = errors(result).stream().map(Finding::ruleId).toList();
        assertTrue(rules.contains("sheet-missing"), rules.toString());
        assertTrue(errors(result).stream().anyMatch(f -> f.ruleId().equals("name-missing")
                && f.cell().orElseThrow().toString().equals("active.rules.issued")), rules.toString());
    }

    @Test
    void aChangedRowLabelIsAWarningAtTheLabel() throws Exception {
        FileResult result = check(workbook("label", w -> {
            Cell first = cell(w, "requests.denied_law.natural_person");
            for (Cell c : first.getRow()) {
                if (c.getColumnIndex() < first.getColumnIndex() && c.getStringCellValue().startsWith("2.")) {
                    c.setCellValue("2.其他法律禁止公开");
                }
            }
        }));
        assertEquals(List.of(), errors(result));
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("label-changed")
                && f.actual().equals("2.其他法律禁止公开")), result.findings().toString());
    }

    @Test
    void rowsInsertedByAClerkDoNotMoveAnyCell() throws Exception {
        FileResult result = check(workbook("inserted", w -> {
            var sheet = w.getSheet("依申请公开");
            sheet.shiftRows(5, sheet.getLastRowNum(), 3);
        }));
        assertEquals(List.of(), errors(result));
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("label-changed")),
                result.findings().toString());
    }

    @Test
    void aMissingUnitOrYearAndAnEditionTooNewForTheYearAreMetadataErrors() throws Exception {
        FileResult result = check(workbook("meta", w -> {
            cell(w, "meta.unit").setBlank();
            cell(w, "meta.year").setCellValue(2020);
        }));
        List<String> rules = errors(result).stream().map(Finding::ruleId).sorted().toList();
        assertEquals(List.of("edition-year-mismatch", "unit-missing"), rules, errors(result).toString());
        FileResult noYear = check(workbook("noyear", w -> cell(w, "meta.year").setCellValue("二〇二四")));
        assertEquals(List.of("year-missing"), errors(noYear).stream().map(Finding::ruleId).toList());
    }

    @Test
    void aWorkbookOfAnUnknownLayoutIsAnError() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("工资表").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
        }
        FileResult result = check(file);
        assertEquals(FileResult.Status.ERRORS, result.status());
        assertEquals(List.of("unknown-layout"), result.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void consecutiveYearsOfOneUnitInABatchAreComparedAcrossYears() throws Exception {
        Path earlier = workbook("2023", w -> {
            cell(w, "meta.year").setCellValue(2023);
            Cell forward = cell(w, "requests.carried_forward.natural_person");
            forward.setCellValue(forward.getNumericCellValue() + 4);
        });
        Path later = workbook("2024", w -> { });
        List<FileResult> results = new BatchChecker(FORMS, TextReportReaderHolder.READER)
                .check(List.of(later, earlier), 2, (done, total) -> { });
        List<Finding> carry = results.get(0).findings().stream().filter(f -> f.ruleId().equals("carry-over")).toList();
        assertEquals(List.of("requests.carried_over.natural_person", "requests.carried_over.total"),
                carry.stream().map(f -> f.cell().orElseThrow().toString()).toList(), "自然人 and the 总计 column");
        assertEquals(Integer.parseInt(carry.get(0).actual()) + 4, Integer.parseInt(carry.get(0).expected()));
        assertTrue(results.get(1).findings().stream().noneMatch(f -> f.ruleId().equals("carry-over")),
                "the earlier year has nothing before it");
    }

    @Test
    void aPublishedReportInTheOldEditionIsWarnedAboutOnce() {
        // Before: the converter's old-edition finding and the checker's own both reached the report.
        FileResult result = check(Fixtures.seed("003"));
        assertEquals(List.of("old-edition"), result.findings().stream().map(Finding::ruleId).toList(),
                result.findings().toString());
        assertEquals(FileResult.Status.OK, result.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E10000000", "NaN", "abc", "-1E-30"})
    void aNumberCellHoldingWhatNoFigureCanBeIsTextAndAnsweredAtOnce(String stored) throws Exception {
        Path file = workbook("giant", w -> {
            Cell cell = cell(w, "requests.new.natural_person");
            cell.setCellValue(1);
            ((XSSFCell) cell).getCTCell().setV(stored);
        });
        FileResult result = check(file);
        Finding text = result.findings().stream().filter(f -> f.ruleId().equals("text-in-number-cell")).findFirst()
                .orElseThrow(() -> new AssertionError(result.findings().toString()));
        assertEquals("requests.new.natural_person", text.cell().orElseThrow().toString());
        assertEquals(stored, text.actual());
    }

    @Test
    void aMillionDigitFigureIsTextAndItsFindingCutToALine() throws Exception {
        String giant = "1" + "0".repeat(900_000);
        Path file = workbook("million", w -> {
            Cell cell = cell(w, "requests.new.natural_person");
            cell.setCellValue(1);
            ((XSSFCell) cell).getCTCell().setV(giant);
        });
        Finding text = check(file).findings().stream().filter(f -> f.ruleId().equals("text-in-number-cell"))
                .findFirst().orElseThrow();
        assertTrue(text.actual().length() < 100, text.actual().length() + " characters");
        assertTrue(text.actual().endsWith("（共 900001 个字符）"), text.actual());
    }
}
