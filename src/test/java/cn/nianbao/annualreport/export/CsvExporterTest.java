package cn.nianbao.annualreport.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.extract.LabelText;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.PrintedValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long and wide CSV of the five seed reports hold exactly the cells a careful reader found in them
 * ({@code expected.json} of each seed case), under exactly the documented columns; text a spreadsheet would run is
 * defused, numbers are left alone.
 */
class CsvExporterTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static List<ExportedReport> seeds;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeeds() throws IOException {
        List<Path> files = Fixtures.seeds();
        List<CheckedFile<ExportedReport>> read = new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS))
                .read(files, 2, (done, total) -> { }, ExportedReport::of);
        seeds = read.stream().flatMap(checked -> checked.filled().stream()).toList();
        assertEquals(5, seeds.size());
    }

    private static List<CSVRecord> parse(Path csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static List<String> header(Path csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getHeaderNames();
        }
    }

    private static JsonNode expected(Path seed) throws IOException {
        return new ObjectMapper().readTree(seed.resolveSibling(Fixtures.EXPECTED).toFile());
    }

    /** The number a printed value stands for, as any reader of the CSV would take it; null for a blank. */
    private static BigDecimal number(String printed) {
        return printed.isEmpty() ? null : PrintedValue.read(printed).value().orElseThrow(
                () -> new AssertionError("not a number: " + printed));
    }

    private static void assertSameNumber(JsonNode expected, String printed, String what) {
        if (expected.isNull()) {
            assertEquals("", printed, what);
        } else {
            assertEquals(0, expected.decimalValue().compareTo(number(printed)), what + ": " + printed);
        }
    }

    @Test
    void longHasOneRowPerCellOfEachSeedWithTheFigureAsANumberAndTheTextAsPrinted() throws IOException {
        Path csv = dir.resolve("long.csv");
        new CsvExporter(FORMS, false).writeLong(seeds, csv);
        assertEquals(List.of("file", "unit", "year", "edition", "table", "row", "column", "code", "value", "printed"),
                header(csv));
        List<CSVRecord> rows = parse(csv);
        for (ExportedReport seed : seeds) {
            JsonNode expected = expected(seed.file());
            List<CSVRecord> mine = rows.stream().filter(r -> r.get("file").equals(seed.file().toString())).toList();
            assertEquals(expected.get("cells").size(), mine.size(), seed.file().toString());
            for (CSVRecord row : mine) {
                String what = seed.file().getFileName() + " " + row.get("code");
                assertEquals(LabelText.normalise(expected.get("unit").asText()), LabelText.normalise(row.get("unit")),
                        what);
                assertEquals(expected.get("year").asText(), row.get("year"), what);
                assertEquals(expected.get("edition").asText(), row.get("edition"), what);
                CellCode code = CellCode.parse(row.get("code"));
                assertEquals(List.of(code.table(), code.row(), code.column()),
                        List.of(row.get("table"), row.get("row"), row.get("column")), what);
                assertTrue(expected.get("cells").has(row.get("code")), what);
                assertSameNumber(expected.get("cells").get(row.get("code")), row.get("value"), what);
                assertTrue(row.get("value").matches("-?\\d+(\\.\\d+)?|"), what + ": a plain number or nothing");
            }
        }
        CSVRecord signed = rows.stream().filter(r -> r.get("code").equals("active.licensing.change")
                && r.get("file").contains("004_")).findFirst().orElseThrow();
        assertEquals("-6", signed.get("value"), "the figure, to sum without cleaning");
        assertEquals("減6", signed.get("printed"), "the text kept as printed, not reformatted");
    }

    @Test
    void wideHasOneRowPerSeedAndOneColumnPerCodeOfBothEditions() throws IOException {
        Path csv = dir.resolve("wide.csv");
        new CsvExporter(FORMS, false).writeWide(seeds, csv);
        Set<String> codes = new LinkedHashSet<>();
        for (FormDefinition form : FORMS.all()) {
            form.cells().forEach(c -> codes.add(c.code().toString()));
        }
        List<String> columns = new ArrayList<>(List.of("file", "unit", "year", "edition", "errors", "warnings"));
        columns.addAll(codes);
        assertEquals(columns, header(csv));
        List<CSVRecord> rows = parse(csv);
        assertEquals(seeds.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            ExportedReport seed = seeds.get(i);
            JsonNode expected = expected(seed.file());
            assertEquals(seed.file().toString(), row.get("file"));
            assertEquals(Long.toString(seed.errors()), row.get("errors"));
            assertEquals(Long.toString(seed.warnings()), row.get("warnings"));
            for (String code : codes) {
                String what = seed.file().getFileName() + " " + code;
                if (expected.get("cells").has(code)) {
                    assertSameNumber(expected.get("cells").get(code), row.get(code), what);
                } else {
                    assertEquals("", row.get(code), what + " is not a cell of edition " + seed.edition());
                }
            }
        }
        assertTrue(rows.get(2).get("errors").compareTo("0") > 0, "seed 002's printed totals do not add up");
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefusedAndNumbersAreLeftAlone() throws IOException {
        ExportedReport seed = seeds.get(1);
        FormDefinition form = seed.form();
        Map<CellCode, String> printed = new HashMap<>(seed.printed());
        List<CellDef> cells = form.cells();
        printed.put(cells.get(0).code(), "-2");
        printed.put(cells.get(1).code(), "+1036");
        printed.put(cells.get(2).code(), "@SUM(A1:A9)");
        printed.put(cells.get(3).code(), "-1+2");
        ExportedReport hostile = new ExportedReport(Path.of("=1+1.txt"), Optional.of("=HYPERLINK(\"http://x\",\"点我\")"),
                seed.year(), form, printed, seed.figures(), Map.of(), List.of(), List.of(), Optional.empty());
        Path csv = dir.resolve("hostile.csv");
        new CsvExporter(FORMS, false).writeLong(List.of(hostile), csv);
        List<CSVRecord> rows = parse(csv);
        assertEquals("'=1+1.txt", rows.get(0).get("file"));
        assertEquals("'=HYPERLINK(\"http://x\",\"点我\")", rows.get(0).get("unit"));
        assertEquals(List.of("-2", "1036", "", ""), rows.subList(0, 4).stream().map(r -> r.get("value")).toList());
        assertEquals(List.of("", "+1036", "'@SUM(A1:A9)", "'-1+2"),
                rows.subList(0, 4).stream().map(r -> r.get("printed")).toList());
    }

    @Test
    void theExcelFlagStartsTheFileWithAByteOrderMark() throws IOException {
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        new CsvExporter(FORMS, false).writeWide(seeds, plain);
        new CsvExporter(FORMS, true).writeWide(seeds, excel);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] excelBytes = Files.readAllBytes(excel);
        assertEquals(List.of(bom[0], bom[1], bom[2]), List.of(excelBytes[0], excelBytes[1], excelBytes[2]));
        assertEquals('f', Files.readAllBytes(plain)[0]);
        assertEquals(Files.size(plain) + 3, Files.size(excel));
    }

    @Test
    void theCodebookListsEveryCodeOfBothEditionsOnceWithItsLabelsAndUnit() throws IOException {
        Path csv = dir.resolve("codebook.csv");
        new CsvExporter(FORMS, false).writeCodebook(csv);
        assertEquals(List.of("code", "table", "row_label", "column_label", "editions", "kind", "unit"), header(csv));
        List<CSVRecord> rows = parse(csv);
        Set<String> codes = new LinkedHashSet<>();
        FORMS.all().forEach(f -> f.cells().forEach(c -> codes.add(c.code().toString())));
        assertEquals(List.copyOf(codes), rows.stream().map(r -> r.get("code")).toList());
        Map<String, CSVRecord> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.get("code"), r));
        assertEquals("2021 2019", byCode.get("requests.new.total").get("editions"));
        assertEquals("2019", byCode.get("active.procurement.amount").get("editions"));
        assertEquals("2021", byCode.get("active.fees.amount").get("editions"));
        assertEquals("万元", byCode.get("active.fees.amount").get("unit"));
        assertTrue(byCode.get("requests.denied_secret.natural_person").get("row_label").endsWith("1.属于国家秘密"),
                byCode.get("requests.denied_secret.natural_person").toString());
        assertEquals("自然人", byCode.get("requests.new.natural_person").get("column_label").replaceAll(".* › ", ""));
    }
}
