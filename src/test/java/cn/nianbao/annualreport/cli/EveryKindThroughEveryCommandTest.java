package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.Entry;
import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.LibreOfficeCalc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of input goes through every command, read the one way the checker reads it: a published report as
 * text, web page, .docx, .doc or PDF, a report's tables pasted into a foreign workbook, a standard workbook of each
 * edition, in a variant, as LibreOffice saves it (.xlsx and .xls), and the JSON {@code convert --json} writes. For
 * each, {@code check} gives the reading's findings, {@code export} its figures, and the workbooks {@code convert} and
 * {@code merge} write hold the same entered figures when read back.
 */
class EveryKindThroughEveryCommandTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static BatchChecker reading;
    private static final Path EXAMPLES = Path.of("examples");
    private static final Map<String, Path> INPUTS = new LinkedHashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void everyKind() throws IOException {
        reading = new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS));
        Path in = Files.createDirectories(dir.resolve("in"));
        INPUTS.put("text", Fixtures.seed("001"));
        INPUTS.put("web page", Fixtures.REPORTS.resolve("html-1-portal-layout-table/report.html"));
        INPUTS.put("docx", Fixtures.REPORTS.resolve("docx-2-merged-2019/report.docx"));
        INPUTS.put("doc", Fixtures.REPORTS.resolve("doc-1-kaizhou-2024/kaizhou-2024.doc"));
        INPUTS.put("pdf", EXAMPLES.resolve("洪泽区-2024-已发布报告.pdf"));
        INPUTS.put("foreign workbook", pasted(Fixtures.seed("003"), in.resolve("pasted.xlsx")));
        Path workbook2021 = EXAMPLES.resolve("开州区民政局-2024-正确.xlsx");
        INPUTS.put("standard 2021", workbook2021);
        INPUTS.put("standard 2019", EXAMPLES.resolve("华阴市-2020-2019版-正确.xlsx"));
        INPUTS.put("standard with errors", EXAMPLES.resolve("阿尔山市-2022-有错误.xlsx"));
        Path converted = Files.createDirectories(dir.resolve("converted"));
        assertEquals(0, new CliRun().run("convert", INPUTS.get("pdf").toString(), INPUTS.get("text").toString(),
                "-o", converted.toString(), "--json"));
        INPUTS.put("standard in a variant", converted.resolve("洪泽区-2024-已发布报告.xlsx"));
        INPUTS.put("nianbao json", converted.resolve(Fixtures.seed("001").getFileName().toString()
                .replace(".txt", ".json")));
        Path original = Files.copy(workbook2021, Files.createDirectories(dir.resolve("lo")).resolve("k.xlsx"));
        INPUTS.put("LibreOffice xlsx", LibreOfficeCalc.saveAs(List.of(original), LibreOfficeCalc.XLSX).get(0));
        INPUTS.put("LibreOffice xls", LibreOfficeCalc.saveAs(List.of(original), LibreOfficeCalc.XLS).get(0));
    }

    /** The report's lines pasted into column A of an ordinary workbook, a tab-separated line across columns. */
    private static Path pasted(Path report, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split("\t");
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    static Stream<Arguments> kindsAndCommands() {
        List<Arguments> cases = new ArrayList<>();
        for (String kind : List.of("text", "web page", "docx", "doc", "pdf", "foreign workbook", "standard 2021",
                "standard 2019", "standard with errors", "standard in a variant", "nianbao json", "LibreOffice xlsx",
                "LibreOffice xls")) {
            for (String command : List.of("check", "convert", "export long", "export json", "merge")) {
                cases.add(Arguments.of(kind, command));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("kindsAndCommands")
    void everyCommandTakesTheInputAsCheckReadsIt(String kind, String command) throws IOException {
        Path input = INPUTS.get(kind);
        CheckedFile<FilledForm> read = reading.checked(input);
        assertTrue(read.filled().isPresent(), kind + " is read: " + read.result().findings());
        FilledForm filled = read.filled().get();
        Map<CellCode, BigDecimal> figures = filled.figures();
        assertFalse(figures.isEmpty(), kind);
        Path out = Files.createDirectories(dir.resolve(kind.replace(' ', '-') + "-" + command.replace(' ', '-')));
        CliRun cli = new CliRun();
        switch (command) {
            case "check" -> {
                Path report = out.resolve("report.json");
                int exit = cli.run("check", input.toString(), "--report", report.toString());
                assertEquals(read.result().status() == FileResult.Status.OK ? 0 : 1, exit, cli.err());
                JsonNode file = new ObjectMapper().readTree(report.toFile()).get("files").get(0);
                assertEquals(read.result().status().code(), file.get("status").asText());
                List<String> rules = new ArrayList<>();
                file.get("findings").forEach(f -> rules.add(f.get("rule").asText() + "@" + f.path("where").asText()));
                assertEquals(read.result().findings().stream()
                        .map(f -> f.ruleId() + "@" + f.where().map(Object::toString).orElse("null")).toList(), rules);
            }
            case "export long" -> {
                Path csv = out.resolve("long.csv");
                assertEquals(0, cli.run("export", input.toString(), "-o", csv.toString()), cli.err());
                Map<CellCode, BigDecimal> exported = new HashMap<>();
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get()
                        .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
                    if (!row.get("value").isEmpty()) {
                        exported.put(CellCode.parse(row.get("code")), new BigDecimal(row.get("value")));
                    }
                    assertEquals(filled.form().edition(), row.get("edition"));
                }
                assertSameFigures(figures, exported, kind);
            }
            case "export json" -> {
                Path json = out.resolve("all.json");
                assertEquals(0, cli.run("export", input.toString(), "--format", "json", "-o", json.toString()),
                        cli.err());
                JsonNode report = new ObjectMapper().readTree(json.toFile()).get(0);
                Map<CellCode, BigDecimal> exported = new HashMap<>();
                report.get("cells").properties().forEach(e -> {
                    if (!e.getValue().isNull()) {
                        exported.put(CellCode.parse(e.getKey()), e.getValue().decimalValue());
                    }
                });
                assertSameFigures(figures, exported, kind);
                assertEquals(read.result().findings().stream().map(Finding::ruleId).toList(),
                        report.get("findings").findValuesAsText("rule"));
            }
            case "convert" -> {
                cli.run("convert", input.toString(), "-o", out.toString());
                try (Stream<Path> written = Files.list(out)) {
                    List<Path> workbooks = written.filter(p -> p.toString().endsWith(".xlsx")).toList();
                    assertEquals(1, workbooks.size(), cli.err());
                    assertSameEnteredFigures(filled, reading.checked(workbooks.get(0)), kind);
                    assertEquals(filled.unit().map(String::strip),
                            reading.checked(workbooks.get(0)).filled().orElseThrow().unit().map(String::strip));
                }
            }
            case "merge" -> {
                Path merged = out.resolve("merged.xlsx");
                cli.run("merge", input.toString(), "-o", merged.toString(), "--unit", "汇总单位");
                assertTrue(Files.exists(merged), cli.err());
                // A figure entered as text (１２ in full-width digits) is not added, and merge says so of each.
                Map<CellCode, Entry> added = new HashMap<>(filled.entries());
                added.values().removeIf(e -> e.format().isPresent());
                FilledForm numbers = new FilledForm(filled.form(), filled.source(), added, filled.unit(),
                        filled.year(), filled.narrative(), filled.findings());
                filled.entries().values().stream().filter(e -> e.format().isPresent() && e.value().isPresent())
                        .forEach(e -> assertTrue(cli.err().lines().anyMatch(l -> l.contains(e.code().toString())
                                && l.endsWith("［not-added-text］")), e + "\n" + cli.err()));
                assertSameEnteredFigures(numbers, reading.checked(merged), kind);
            }
            default -> throw new IllegalArgumentException(command);
        }
    }

    /**
     * The figures of every cell entered in the input (not a total the workbook computes) are those of the workbook
     * a command wrote, where its edition has the cell.
     */
    private static void assertSameEnteredFigures(FilledForm input, CheckedFile<FilledForm> written, String kind) {
        assertTrue(written.filled().isPresent(), kind + ": " + written.result().findings());
        FilledForm output = written.filled().get();
        Map<CellCode, BigDecimal> expected = new HashMap<>(input.figures());
        expected.keySet().removeIf(code -> input.form().computedCells().containsKey(code)
                || output.form().cell(code).isEmpty());
        Map<CellCode, BigDecimal> actual = new HashMap<>(output.figures());
        actual.keySet().retainAll(expected.keySet());
        assertSameFigures(expected, actual, kind);
    }

    private static void assertSameFigures(Map<CellCode, BigDecimal> expected, Map<CellCode, BigDecimal> actual,
            String kind) {
        Map<String, String> differences = new LinkedHashMap<>();
        expected.forEach((code, value) -> {
            BigDecimal other = actual.get(code);
            if (other == null || other.compareTo(value) != 0) {
                differences.put(code.toString(), value + " ≠ " + other);
            }
        });
        actual.keySet().stream().filter(code -> !expected.containsKey(code))
                .forEach(code -> differences.put(code.toString(), "absent ≠ " + actual.get(code)));
        assertTrue(differences.isEmpty(), kind + ": " + differences);
    }
}
