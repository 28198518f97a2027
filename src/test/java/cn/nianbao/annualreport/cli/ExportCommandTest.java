package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinitions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trips through the exports: {@code export --format json} then {@code convert} of that JSON gives the same
 * workbook figures and report text as converting (or keeping) the originals; a workbook exported to {@code long}
 * and read back by a CSV reader gives the same numbers. An input that cannot be read is named on stderr and makes
 * the exit code 1.
 */
class ExportCommandTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final List<String> WORKBOOKS = List.of("开州区民政局-2024-正确.xlsx", "华阴市-2020-2019版-正确.xlsx",
            "阿尔山市-2022-有错误.xlsx");
    private static final FormDefinitions FORMS = FormDefinitions.load();

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** Every cell's figure, as the checker reads the workbook back (totals recomputed from their parts). */
    private static Map<CellCode, BigDecimal> figures(Path workbook) throws IOException {
        CheckedFile<FilledForm> checked = new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS))
                .checked(workbook);
        return new TreeMap<>(checked.filled().orElseThrow(() -> new AssertionError(checked.result().toString()))
                .figures());
    }

    /** The report's text parts, as the checker reads them back from the workbook's 文字部分 sheet. */
    private static Map<String, String> narrative(Path workbook) throws IOException {
        return new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS)).checked(workbook).filled()
                .orElseThrow().narrative();
    }

    private static void assertSameFigures(Map<CellCode, BigDecimal> expected, Map<CellCode, BigDecimal> actual,
            String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((code, value) -> assertEquals(0, value.compareTo(actual.get(code)),
                what + " " + code + ": " + value + " ≠ " + actual.get(code)));
    }

    @Test
    void exportedJsonConvertedToJsonAndExportedAgainIsTheSameReportForReport() throws IOException {
        List<String> export = new ArrayList<>(List.of("export", "--format", "json"));
        Fixtures.seeds().forEach(seed -> export.add(seed.toString()));
        WORKBOOKS.forEach(w -> export.add(EXAMPLES.resolve(w).toString()));
        export.add(EXAMPLES.resolve("洪泽区-2023-已发布报告.pdf").toString());
        export.add(Fixtures.REPORTS.resolve("docx-2-merged-2019/report.docx").toString());
        Path first = dir.resolve("first.json");
        export.addAll(List.of("-o", first.toString()));
        assertEquals(0, cli.run(export.toArray(String[]::new)), cli.err());
        Path converted = dir.resolve("converted");
        cli.run("convert", first.toString(), "-o", converted.toString(), "--json");
        Map<String, JsonNode> before = byName(first);
        assertEquals(10, before.size());
        before.values().forEach(report -> ((ObjectNode) report).remove("file"));
        assertTrue(before.values().stream().anyMatch(r -> r.get("findings").findValuesAsText("from")
                .contains("reading")), "some finding comes from reading the source, and survives");
        // Both what convert writes, the JSON and the workbook (which keeps the report as read until it is changed),
        // export as the report did; only the file differs, the second export's inputs being the converted files.
        for (String kind : List.of(".json", ".xlsx")) {
            List<String> again = new ArrayList<>(List.of("export", "--format", "json"));
            try (var files = Files.list(converted)) {
                files.filter(p -> p.toString().endsWith(kind)).sorted().forEach(p -> again.add(p.toString()));
            }
            Path second = dir.resolve("second" + kind + ".json");
            again.addAll(List.of("-o", second.toString()));
            assertEquals(0, cli.run(again.toArray(String[]::new)), cli.err());
            Map<String, JsonNode> after = byName(second);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((name, report) -> {
                ((ObjectNode) after.get(name)).remove("file");
                assertEquals(report, after.get(name), kind + " " + name);
            });
        }
    }

    /** Each report of an exported JSON list by its file's name without the extension. */
    private static Map<String, JsonNode> byName(Path json) throws IOException {
        Map<String, JsonNode> reports = new TreeMap<>();
        for (JsonNode report : new ObjectMapper().readTree(json.toFile())) {
            reports.put(Path.of(report.get("file").asText()).getFileName().toString().replaceFirst("\\.[^.]*$", ""),
                    report);
        }
        return reports;
    }

    @Test
    void exportedJsonConvertedBackGivesTheSameWorkbookFigures() throws IOException {
        List<String> inputs = new ArrayList<>(Fixtures.seeds().stream().map(Path::toString).toList());
        WORKBOOKS.forEach(w -> inputs.add(EXAMPLES.resolve(w).toString()));
        Path json = dir.resolve("reports.json");
        List<String> export = new ArrayList<>(List.of("export"));
        export.addAll(inputs);
        export.addAll(List.of("--format", "json", "-o", json.toString()));
        assertEquals(0, cli.run(export.toArray(String[]::new)), cli.err());
        JsonNode list = new ObjectMapper().readTree(json.toFile());
        assertEquals(8, list.size(), "five seeds and three workbooks");

        Path direct = dir.resolve("direct");
        List<String> convert = new ArrayList<>(List.of("convert", "-o", direct.toString()));
        Fixtures.seeds().forEach(seed -> convert.add(seed.toString()));
        cli.run(convert.toArray(String[]::new));
        Path back = dir.resolve("back");
        cli.run("convert", json.toString(), "-o", back.toString());
        for (Path seed : Fixtures.seeds()) {
            String name = seed.getFileName().toString().replaceFirst("\\.txt$", ".xlsx");
            assertSameFigures(figures(direct.resolve(name)), figures(back.resolve(name)), name);
            Map<String, String> narrative = narrative(direct.resolve(name));
            assertTrue(narrative.size() >= 5, name + " " + narrative.keySet());
            assertEquals(narrative, narrative(back.resolve(name)), name);
        }
        for (String workbook : WORKBOOKS.subList(0, 2)) {
            assertSameFigures(figures(EXAMPLES.resolve(workbook)), figures(back.resolve(workbook)), workbook);
        }
        // A total a clerk overwrote with a constant comes back as a formula; the constant is kept as the printed
        // value beside it, and every entered figure is the same.
        String overwritten = WORKBOOKS.get(2);
        Map<CellCode, BigDecimal> before = figures(EXAMPLES.resolve(overwritten));
        Map<CellCode, BigDecimal> after = figures(back.resolve(overwritten));
        FORMS.edition("2021").orElseThrow().computedCells().keySet().forEach(code -> {
            before.remove(code);
            after.remove(code);
        });
        assertSameFigures(before, after, overwritten);
        assertTrue(cli.err().lines().anyMatch(l -> l.contains("合计为 5") && l.endsWith("［row-sum］")), cli.err());
    }

    @Test
    void aWorkbookExportedToLongAndReadBackGivesTheSameNumbers() throws IOException {
        Path csv = dir.resolve("long.csv");
        Path workbook = EXAMPLES.resolve(WORKBOOKS.get(0));
        assertEquals(0, cli.run("export", workbook.toString(), "-o", csv.toString(), "--excel"), cli.err());
        Map<CellCode, BigDecimal> read = new TreeMap<>();
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : parser) {
                read.put(CellCode.parse(row.get("code")), new BigDecimal(row.get("value")));
            }
        }
        assertSameFigures(figures(workbook), read, workbook.toString());
    }

    @Test
    void anUnreadableInputIsNamedOnStderrAndTheOthersAreStillExported() throws IOException {
        Path csv = dir.resolve("wide.csv");
        assertEquals(1, cli.run("export", EXAMPLES.toString(), "--format", "wide", "-o", csv.toString()));
        assertTrue(cli.err().contains("误命名的文本.xlsx：未导出："), cli.err());
        long files;
        try (var list = Files.list(EXAMPLES)) {
            files = list.count();
        }
        assertEquals(files - 1 + 1, Files.readAllLines(csv, StandardCharsets.UTF_8).size(),
                "a header and one row per readable input");
    }

    @Test
    void aCodebookNeedsNoInputsAndAnUnknownFormatIsAUsageError() {
        Path codebook = dir.resolve("codebook.csv");
        assertEquals(0, cli.run("export", "--codebook", codebook.toString()), cli.err());
        assertTrue(Files.isRegularFile(codebook));
        assertEquals(2, cli.run("export", EXAMPLES.toString(), "--format", "xml", "-o", dir.resolve("x").toString()));
        assertTrue(cli.err().contains("--format 只能是 long、wide 或 json"), cli.err());
        assertEquals(2, cli.run("export", EXAMPLES.toString()));
    }
}
