package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.merge.MergeFixtures;
import cn.nianbao.annualreport.workbook.HostileWorkbooks;
import cn.nianbao.annualreport.workbook.LibreOfficeCalc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with broken files in it reports every file, exactly once, in each report format; its exit code says
 * what happened; the annotated copy marks the offending cell. The inputs are the project's own examples/.
 */
class CheckCommandTest {

    private static final Path EXAMPLES = Path.of("examples");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void reportsEveryFileOfABatchOnceWhateverHappensToIt() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (var files = Files.list(EXAMPLES)) {
            for (Path file : files.toList()) {
                Files.copy(file, in.resolve(file.getFileName()));
            }
        }
        Path clean = in.resolve("开州区民政局-2024-正确.xlsx");
        Files.write(in.resolve("empty.xlsx"), new byte[0]);
        byte[] real = Files.readAllBytes(clean);
        Files.write(in.resolve("truncated.xlsx"), Arrays.copyOf(real, real.length / 2));
        HostileWorkbooks.zipBomb(in.resolve("bomb.xlsx"));
        HostileWorkbooks.encrypted(clean, in.resolve("encrypted.xlsx"), "口令123");
        HostileWorkbooks.withMacros(clean, in.resolve("开州区民政局-2024-正确-宏.xlsm"));
        Path original = Files.copy(clean, Files.createDirectories(dir.resolve("lo")).resolve("k.xlsx"));
        Files.move(LibreOfficeCalc.saveAs(List.of(original), LibreOfficeCalc.XLSX).get(0),
                in.resolve("开州区民政局-2024-正确-LibreOffice.xlsx"));
        Files.move(LibreOfficeCalc.saveAs(List.of(original), LibreOfficeCalc.XLS).get(0),
                in.resolve("开州区民政局-2024-正确-LibreOffice.xls"));
        int inputs;
        try (var files = Files.list(in)) {
            inputs = (int) files.count();
        }
        Path json = dir.resolve("report.json");
        assertEquals(1, cli.run("check", in.toString(), "--report", json.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(inputs, root.get("files").size());
        assertEquals(inputs, root.at("/summary/files").asInt());
        Map<String, String> reasons = Map.of("empty.xlsx", "文件是空的", "truncated.xlsx", "zip 文件已损坏",
                "bomb.xlsx", "疑似 zip 炸弹", "encrypted.xlsx", "文件已加密", "误命名的文本.xlsx", "不是 Excel 文件");
        assertEquals(reasons.size(), root.at("/summary/unreadable").asInt(), root.toString());
        for (JsonNode file : root.get("files")) {
            String name = Path.of(file.get("file").asText()).getFileName().toString();
            String status = file.get("status").asText();
            if (name.contains("正确") || name.contains("2024-已发布")) {
                assertEquals("ok", status, name + " " + file);
                assertEquals(name.startsWith("开州区") ? "重庆市开州区民政局" : name.startsWith("华阴市") ? "華陰市"
                        : "淮安市洪泽区人民政府", file.get("unit").asText(), name);
            } else if (name.contains("有错误") || name.contains("2023-已发布")) {
                assertEquals("errors", status, name);
            } else {
                assertEquals("unreadable", status, name);
                assertEquals("file-unreadable", file.at("/findings/0/rule").asText(), name);
                assertTrue(file.at("/findings/0/message").asText().contains(reasons.get(name)), file.toString());
            }
        }
        Path csv = dir.resolve("report.csv");
        assertEquals(1, cli.run("check", in.toString(), "--report", csv.toString()));
        try (CSVParser parser = CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            var rows = parser.getRecords();
            assertEquals(inputs, rows.stream().map(r -> r.get("\uFEFFfile")).distinct().count(),
                    "every file has a row");
        }
    }

    @Test
    void exitsZeroWhenEveryFileIsCleanAndMarksTheOffendingCellInTheAnnotatedCopy() throws Exception {
        assertEquals(0, cli.run("check", EXAMPLES.resolve("开州区民政局-2024-正确.xlsx").toString()));
        Path annotated = dir.resolve("annotated");
        assertEquals(1, cli.run("check", EXAMPLES.resolve("阿尔山市-2022-有错误.xlsx").toString(), "--annotate",
                annotated.toString()));
        try (InputStream in = Files.newInputStream(annotated.resolve("阿尔山市-2022-有错误.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals("检查结果", workbook.getSheetName(0));
            CellReference ref = new CellReference(workbook.getName("requests.granted.business").getRefersToFormula());
            var cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
            assertTrue(cell.getCellComment().getString().getString().contains("full-width-digits"));
            assertTrue(cell.getCellStyle().getFillForegroundColor() > 0);
            String address = "'" + ref.getSheetName() + "'!" + new CellReference(ref.getRow(), ref.getCol())
                    .formatAsString();
            var listed = java.util.stream.StreamSupport.stream(workbook.getSheetAt(0).spliterator(), false)
                    .filter(row -> row.getCell(1).getStringCellValue().equals("full-width-digits")).findFirst()
                    .orElseThrow();
            assertEquals(address, listed.getCell(3).getStringCellValue());
            assertEquals(address, listed.getCell(3).getHyperlink().getAddress(), "the position links to the cell");
        }
        assertTrue(cli.out().lines().anyMatch(l -> l.contains("[formula-overwritten]")), cli.out());
    }

    @Test
    void marksTheCellToChangeApartFromTheCellsOfTheFailedRulesAndLocalisesOnlyWhenAsked() throws Exception {
        Path seed = Fixtures.seed("002");
        Path annotated = dir.resolve("annotated");
        assertEquals(1, cli.run("check", seed.toString(), "--annotate", annotated.toString()));
        assertTrue(cli.out().lines().anyMatch(l -> l.contains("[likely-wrong-cell]") && l.contains("应为 5")),
                cli.out());
        try (InputStream in = Files.newInputStream(annotated.resolve(seed.getFileName().toString()
                .replaceFirst("\\.txt$", ".xlsx"))); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var change = MergeFixtures.cell(workbook, "requests.granted.natural_person");
            var total = MergeFixtures.cell(workbook, "requests.granted.total");
            assertTrue(change.getCellComment().getString().getString().startsWith("建议改为 5"),
                    change.getCellComment().getString().getString());
            assertEquals(BorderStyle.THICK, change.getCellStyle().getBorderTop());
            assertNotEquals(change.getCellStyle().getFillForegroundColor(),
                    total.getCellStyle().getFillForegroundColor(), "the cell to change stands apart from the total");
            assertTrue(total.getCellComment().getString().getString().contains("row-sum"));
        }
        CliRun plain = new CliRun();
        assertEquals(1, plain.run("check", seed.toString(), "--no-localise"));
        assertTrue(plain.out().contains("[row-sum]") && !plain.out().contains("likely-wrong-cell"), plain.out());
    }


    @Test
    void writesEnglishMessagesWhenAskedAndRefusesAnUnknownReportFormat() throws Exception {
        Path json = dir.resolve("report.json");
        assertEquals(1, cli.run("check", EXAMPLES.resolve("阿尔山市-2022-有错误.xlsx").toString(), "--report",
                json.toString(), "--lang", "en"));
        JsonNode finding = new ObjectMapper().readTree(json.toFile()).at("/files/0/findings/0");
        assertEquals("unit-missing", finding.get("rule").asText());
        assertTrue(finding.get("message").asText().startsWith("The reporting unit"), finding.toString());
        assertEquals(2, cli.run("check", EXAMPLES.toString(), "--report", dir.resolve("report.txt").toString()));
    }

    @Test
    void neverShowsAPartlyReadReportAsPassedAndCountsItApart() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Fixtures.seed("001")));
        int four = lines.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        lines.subList(four, four + 20).clear();
        Path partly = Files.write(dir.resolve("缺表四.txt"), lines);
        Path json = dir.resolve("report.json");
        assertEquals(1, cli.run("check", partly.toString(), EXAMPLES.resolve("开州区民政局-2024-正确.xlsx").toString(),
                "--report", json.toString()));
        String line = cli.out().lines().filter(l -> l.contains("缺表四.txt")).findFirst().orElseThrow();
        assertTrue(line.startsWith("◐ "), line);
        assertTrue(cli.out().contains("通过 1，有错误 0，部分读取 1，无法读取 0"), cli.out());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode file = report.at("/files/0");
        assertEquals("partly-read", file.get("status").asText());
        assertEquals(false, file.at("/read/complete").asBoolean());
        assertEquals("appeals", file.at("/read/tables_not_found/0").asText());
        assertEquals(true, report.at("/files/1/read/complete").asBoolean(), "a standard workbook is read whole");
        assertEquals(1, report.at("/summary/partly-read").asInt());
    }

    @Test
    void framesTheResultsInEnglishUnderLangEn() {
        assertEquals(0, cli.run("check", "examples/开州区民政局-2024-正确.xlsx", "--lang", "en"));
        assertEquals(List.of("✓ examples/开州区民政局-2024-正确.xlsx (重庆市开州区民政局, 2024, edition 2021): errors 0, "
                + "warnings 0", "Files checked: 1; passed 1, with errors 0, partly read 0, unreadable 0; errors 0, "
                + "warnings 0"),
                cli.out().lines().toList());
    }
}
