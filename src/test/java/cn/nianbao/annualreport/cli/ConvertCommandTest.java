package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.workbook.LibreOfficeCalc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** convert as a user runs it: outputs, printed totals, a batch with unreadable files, labels files. */
class ConvertCommandTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private static Cell cell(XSSFWorkbook workbook, String code) {
        CellReference ref = new CellReference(workbook.getName(code).getRefersToFormula());
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The row of the 校验 sheet whose code column names the cell, below the rules. */
    private static Row rowNaming(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("校验 has no row for " + code);
    }

    /** The command printed one line for the file with the rule id, in Chinese. */
    private static void assertFinding(String messages, String file, String ruleId) {
        assertTrue(messages.lines().anyMatch(l -> l.contains(file + "：") && l.endsWith("［" + ruleId + "］")
                && l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)),
                file + " " + ruleId + " in\n" + messages);
    }

    @Test
    void keepsAPrintedTotalThatDisagreesWithItsPartsBesideTheComputedOne() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(1, run("convert", Fixtures.seed("002").toString(), "-o", out.toString(),
                "--json"));
        try (InputStream in = Files.newInputStream(out.resolve("002_65ae609cbadd49bc.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Cell total = cell(workbook, "requests.granted.total");
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals(0.0, total.getNumericCellValue());
            assertTrue(total.getCellComment().getString().getString().contains("原报告值 5"));
            assertEquals(CellType.BLANK, cell(workbook, "requests.granted.natural_person").getCellType());
            assertEquals(6753.0, cell(workbook, "active.licensing.decisions").getNumericCellValue());
            assertEquals("海东市乐都区人民政府", cell(workbook, "meta.unit").getStringCellValue());
            assertTrue(workbook.getSheet("文字部分").getRow(2).getCell(0).getStringCellValue().contains("总体情况"));
            Row printed = rowNaming(workbook.getSheet("校验"), "requests.granted.total");
            assertEquals(5.0, printed.getCell(4).getNumericCellValue(), "原报告值");
            assertEquals("requests.granted.total", printed.getCell(5).getCellFormula(), "计算值 is the live total");
            assertEquals(workbook.getName("requests.granted.total").getRefersToFormula().replace("$", ""),
                    printed.getCell(3).getStringCellValue());
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("002_65ae609cbadd49bc.json").toFile());
        assertEquals(5, json.at("/cells/requests.granted.total").asInt());
        assertTrue(json.at("/cells/requests.granted.natural_person").isNull());
        assertEquals("", json.at("/printed/requests.granted.natural_person").asText("missing"));
        // The wrong printed total is the failing sum rule, about the total's cell and at its address, as check says.
        JsonNode rowSum = null;
        for (JsonNode finding : json.get("findings")) {
            if (finding.path("rule").asText().equals("row-sum")) {
                rowSum = finding;
            }
        }
        assertNotNull(rowSum, json.get("findings").toString());
        assertEquals("requests.granted.total", rowSum.path("code").asText());
        assertEquals("'依申请公开'!J7", rowSum.path("where").asText());
        assertEquals(6, json.get("narrative").size());
        assertFinding(cli.err(), "002_65ae609cbadd49bc.txt", "row-sum");
        assertTrue(cli.err().lines().anyMatch(l -> l.contains("'依申请公开'!J7") && l.endsWith("［row-sum］")), cli.err());
    }

    @Test
    void aConvertedWorkbookReadsAsItsReportUntilAFigureInItIsChanged() throws Exception {
        Path out = dir.resolve("out");
        cli.run("convert", Fixtures.seed("002").toString(), "-o", out.toString());
        Path workbook = out.resolve("002_65ae609cbadd49bc.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(SheetVisibility.VERY_HIDDEN, book.getSheetVisibility(book.getSheetIndex("原报告数据")));
        }
        BatchChecker reading = new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS));
        var report = reading.check(Fixtures.seed("002"));
        var unchanged = reading.check(workbook);
        assertEquals(report.findings(), unchanged.findings());
        assertTrue(unchanged.findings().stream().anyMatch(f -> f.where().equals(Optional.of(new Location.Line(68)))));
        // saved again by a spreadsheet application, unchanged, it still reads as its report
        Path copy = Files.copy(workbook, Files.createDirectories(dir.resolve("lo")).resolve("copy.xlsx"));
        Path resaved = LibreOfficeCalc.saveAs(List.of(copy), LibreOfficeCalc.XLSX).get(0);
        assertEquals(report.findings(), reading.check(resaved).findings());

        // The clerk fills in 予以公开 · 自然人, which the report left blank: now it is the clerk's workbook.
        Path changed = dir.resolve("changed.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            cell(book, "requests.granted.natural_person").setCellValue(5);
            try (var write = Files.newOutputStream(changed)) {
                book.write(write);
            }
        }
        var edited = reading.checked(changed);
        assertEquals(FilledForm.Source.WORKBOOK, edited.filled().orElseThrow().source());
        assertTrue(edited.result().findings().stream().allMatch(f -> f.where().isEmpty()
                || f.where().get() instanceof CellRef),
                edited.result().findings().toString());
        assertTrue(edited.result().findings().stream().noneMatch(f -> f.ruleId().equals("row-sum")),
                edited.result().findings().toString());
    }

    @Test
    void convertsADirectoryAndKeepsGoingPastFilesItCannotRead() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.copy(Fixtures.seed("004"), in.resolve("sub/huayin.txt"));
        String text = Files.readString(Fixtures.seed("001"), StandardCharsets.UTF_8);
        Files.write(in.resolve("kaizhou-gbk.txt"), text.getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("junk.txt"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 7, 0, 0, 0});
        Files.writeString(in.resolve("letter.txt"), "关于召开会议的通知\n请各单位准时参加。\n");
        Files.writeString(in.resolve("no-appeals.txt"), text.substring(0, text.indexOf("四、政府信息公开行政复议")));
        Files.write(in.resolve("fake.pdf"), new byte[] {'%', 'P', 'D', 'F', 1, 2, 3});
        try (PDDocument scan = new PDDocument()) {
            scan.addPage(new PDPage());
            scan.save(in.resolve("scan.pdf").toFile());
        }
        Files.writeString(in.resolve("notes.odt"), "x");
        Files.writeString(in.resolve("notes.xyz"), "x");
        Path out = dir.resolve("out");
        assertEquals(1, run("convert", in.toString(), "-o", out.toString(), "--json"));
        assertTrue(Files.exists(out.resolve("huayin.xlsx")));
        assertTrue(Files.exists(out.resolve("kaizhou-gbk.xlsx")), "GBK text is detected, not assumed");
        assertTrue(Files.exists(out.resolve("no-appeals.xlsx")), "a report with a table missing still converts");
        assertFalse(Files.exists(out.resolve("letter.xlsx")));
        String messages = cli.err();
        assertFinding(messages, "empty.txt", "file-unreadable");
        assertFinding(messages, "junk.txt", "file-unreadable");
        assertFinding(messages, "letter.txt", "not-a-report");
        assertFinding(messages, "fake.pdf", "file-unreadable");
        assertFinding(messages, "scan.pdf", "file-unreadable");
        assertFinding(messages, "notes.odt", "convert-first");
        assertFinding(messages, "notes.xyz", "unsupported-type");
        assertFinding(messages, "no-appeals.txt", "table-missing");
        assertEquals(3, cli.out().lines().count(), "one line for each workbook written: " + cli.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("huayin.json").toFile());
        assertEquals("減6", json.at("/printed/active.licensing.change").asText());
        assertEquals(-6, json.at("/cells/active.licensing.change").asInt());
        assertEquals(679.7, json.at("/cells/active.procurement.amount").asDouble());
        assertEquals("華陰市", json.get("unit").asText());
        JsonNode kaizhou = new ObjectMapper().readTree(out.resolve("kaizhou-gbk.json").toFile());
        assertEquals("重庆市开州区民政局", kaizhou.get("unit").asText());
        assertEquals(true, kaizhou.at("/read/complete").asBoolean());
        assertEquals(200, kaizhou.at("/read/cells").asInt());
        assertTrue(cli.out().lines().anyMatch(l -> l.contains("no-appeals.txt") && l.contains("读出 185/200 个单元格（部分读取）")),
                cli.out());
        JsonNode partly = new ObjectMapper().readTree(out.resolve("no-appeals.json").toFile());
        assertEquals("appeals", partly.at("/read/tables_not_found/0").asText());
        assertFinding(messages, "no-appeals.txt", "partly-read");
    }

    @Test
    void refusesALabelsFileWithAnUnknownRowCodeBeforeConvertingAnything() throws Exception {
        Path labels = dir.resolve("labels.yaml");
        Files.writeString(labels, "rows:\n  requests.no_such_row: [某行]\n");
        Path out = dir.resolve("out");
        assertEquals(2, run("convert", Fixtures.seed("001").toString(), "-o", out.toString(),
                "--labels", labels.toString()));
        assertTrue(cli.err().contains("requests.no_such_row"), cli.err());
        assertFalse(Files.exists(out.resolve("001_0d529075b8579b4b.xlsx")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"开州区民政局-2024-正确.xlsx", "华阴市-2020-2019版-正确.xlsx", "阿尔山市-2022-有错误.xlsx"})
    void convertsAStandardWorkbookByItsDefinedNamesAsCheckReadsIt(String name) throws Exception {
        Path input = Path.of("examples", name);
        Path out = dir.resolve("out");
        run("convert", input.toString(), "-o", out.toString());
        Path converted = out.resolve(name);
        assertTrue(Files.exists(converted), cli.out() + cli.err());
        FormDefinitions forms = FormDefinitions.load();
        BatchChecker checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));
        FilledForm original = checker.read(List.of(input), 1, (done, total) -> { }).get(0).filled().orElseThrow();
        FilledForm written = checker.read(List.of(converted), 1, (done, total) -> { }).get(0).filled().orElseThrow();
        assertEquals(original.form().edition(), written.form().edition());
        assertEquals(original.unit(), written.unit());
        assertEquals(original.reportYear(), written.reportYear());
        int cells = original.form().cells().size();
        assertTrue(cli.out().contains("读出 " + cells + "/" + cells + " 个单元格"), cli.out());
        for (CellDef cell : original.form().cells()) {
            if (!original.form().computedCells().containsKey(cell.code())) {
                assertEquals(original.entries().get(cell.code()).value(), written.entries().get(cell.code()).value(),
                        name + " " + cell.code());
            }
        }
    }
}
