package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.nianbao.annualreport.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under {@code --lang en} every command speaks English from its help to its last line: what is left of its output
 * once the data is taken out (file names, unit names, and the finding messages, whose templates are English but
 * whose arguments quote the form's labels and the report's printed text) holds no Chinese character.
 */
class EnglishEndToEndTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path KAIZHOU = EXAMPLES.resolve("开州区民政局-2024-正确.xlsx");
    private static final Path ARXAN = EXAMPLES.resolve("阿尔山市-2022-有错误.xlsx");
    /** A finding on a line of its own after its file's line (check), or after a file and colon (the others). */
    private static final Pattern CHECK_FINDING = Pattern.compile("(?m)^( {4}(?:error|warning) \\[[a-z-]+\\] ).*$");
    private static final Pattern FINDING_AFTER_FILE = Pattern.compile("(?m)^(.*?: )(?:Note: )?.*( \\[[a-z-]+\\])$");

    /** Each unreadable file by name, and what it holds. */
    private static final Map<String, byte[]> UNREADABLE = unreadable();

    @TempDir
    static Path dir;

    /** The unit names the examples and the PDF report hold: data, as check --report finds them. */
    private static final List<String> UNITS = new ArrayList<>();

    @BeforeAll
    static void unitNames() throws IOException {
        Path json = dir.resolve("units.json");
        new CliRun().run("check", EXAMPLES.toString(), "--report", json.toString(), "--lang", "en");
        for (JsonNode file : new ObjectMapper().readTree(json.toFile()).get("files")) {
            if (file.hasNonNull("unit")) {
                UNITS.add(file.get("unit").asText());
            }
        }
        assertTrue(UNITS.size() >= 3, UNITS.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "template", "convert", "check", "export", "merge", "bench"})
    void helpIsEnglishWithLangBeforeOrAfterTheCommand(String command) {
        List<List<String>> forms = command.isEmpty()
                ? List.of(List.of("--lang", "en", "-h"), List.of("-h", "--lang=en"))
                : List.of(List.of("--lang", "en", command, "-h"), List.of(command, "--lang", "en", "-h"));
        for (List<String> args : forms) {
            CliRun cli = new CliRun();
            assertEquals(0, cli.run(args.toArray(String[]::new)));
            assertTrue(cli.out().startsWith("Usage: nianbao"), cli.out());
            assertFalse(HAN.matcher(cli.out() + cli.err()).find(), cli.out());
        }
    }

    @Test
    void helpStaysChineseByDefault() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("check", "-h"));
        assertTrue(cli.out().startsWith("用法：nianbao check"), cli.out());
        assertTrue(cli.out().contains("--report=文件"), cli.out());
        CliRun english = new CliRun();
        assertEquals(0, english.run("check", "--lang", "en", "-h"));
        assertTrue(english.out().contains("--report=FILE"), english.out());
    }

    @Test
    void versionIsEnglish() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("--lang", "en", "-V"));
        assertFrameIsEnglish(cli);
    }

    @Test
    void templateIsEnglish() {
        Path out = dir.resolve("template-2019.xlsx");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("template", "--edition", "2019", "--year", "2024", "-o", out.toString(), "--lang",
                "en"));
        assertTrue(cli.out().startsWith("Standard workbook of edition 2019 written"), cli.out());
        assertTrue(cli.err().startsWith("Note: a report of year 2024"), cli.err());
        assertFrameIsEnglish(cli, out.toString());
        CliRun again = new CliRun();
        assertEquals(2, again.run("--lang", "en", "template", "--edition", "2019", "-o", out.toString()));
        assertFrameIsEnglish(again, out.toString());
    }

    @Test
    void checkIsEnglishDownToItsReportAndAnnotatedCopies() throws IOException {
        Path report = dir.resolve("check.xlsx");
        Path annotated = dir.resolve("annotated");
        CliRun cli = new CliRun();
        assertEquals(1, cli.run("--lang", "en", "check", EXAMPLES.toString(), "--report", report.toString(),
                "--annotate", annotated.toString()));
        assertFrameIsEnglish(cli, EXAMPLES.toString(), report.toString(), annotated.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report))) {
            assertEquals("Summary", workbook.getSheetName(0));
            assertEquals("Findings", workbook.getSheetName(1));
            assertFalse(HAN.matcher(rowText(workbook.getSheetAt(0).getRow(0))).find());
            assertFalse(HAN.matcher(rowText(workbook.getSheetAt(1).getRow(0))).find());
            assertEquals("passed", workbook.getSheetAt(0).getRow(2).getCell(6).getStringCellValue());
        }
        try (XSSFWorkbook copy = new XSSFWorkbook(Files.newInputStream(annotated.resolve(ARXAN.getFileName())))) {
            assertEquals("Check results", copy.getSheetName(0));
            assertFalse(HAN.matcher(rowText(copy.getSheetAt(0).getRow(0))).find());
        }
    }

    @Test
    void findingsSayWhereAndWhatKindOfFileInEnglish() {
        CliRun cli = new CliRun();
        cli.run("--lang", "en", "check", Fixtures.seed("002").toString(), EXAMPLES.resolve("误命名的文本.xlsx").toString(),
                EXAMPLES.resolve("洪泽区-2024-已发布报告.pdf").toString());
        String out = cli.out();
        assertTrue(out.contains("[spurious-cells] line 68: "), out);
        assertTrue(out.contains("[file-unreadable] Cannot read the workbook: "), out);
        assertTrue(out.contains("[edition-variant] Edition variant: table 3 prints the single row"), out);
        assertFalse(out.contains("第 68 行") || out.contains("工作簿") || out.contains("表三"), out);
    }

    @Test
    void convertIsEnglish() {
        Path out = dir.resolve("converted");
        CliRun cli = new CliRun();
        assertEquals(1, cli.run("convert", EXAMPLES.toString(), "-o", out.toString(), "--json", "--lang", "en"));
        assertTrue(cli.out().contains("cells read"), cli.out());
        assertFrameIsEnglish(cli, EXAMPLES.toString(), out.toString());
        CliRun again = new CliRun();
        assertEquals(1, again.run("convert", KAIZHOU.toString(), "-o", out.toString(), "--lang", "en"));
        assertTrue(again.err().contains("exists already, not replaced"), again.err());
        assertFrameIsEnglish(again, EXAMPLES.toString(), out.toString());
    }

    @Test
    void aLabelsFileConvertRefusesIsRefusedInEnglish() throws IOException {
        Path labels = Files.writeString(dir.resolve("标签.yaml"), "rows:\n  requests.no_such_row: [某行]\n");
        CliRun cli = new CliRun();
        assertEquals(2, cli.run("--lang", "en", "convert", KAIZHOU.toString(), "-o", dir.resolve("labelled").toString(),
                "--labels", labels.toString()));
        assertTrue(cli.err().contains("\"requests.no_such_row\" in the label variants file"), cli.err());
        assertFrameIsEnglish(cli, KAIZHOU.toString(), labels.toString());
    }

    @Test
    void exportIsEnglish() {
        Path out = dir.resolve("export.csv");
        Path codebook = dir.resolve("codebook.csv");
        CliRun cli = new CliRun();
        assertEquals(1, cli.run("export", EXAMPLES.toString(), "-o", out.toString(), "--codebook",
                codebook.toString(), "--lang", "en"));
        assertTrue(cli.out().contains("Codebook written to"), cli.out());
        assertFrameIsEnglish(cli, EXAMPLES.toString(), out.toString(), codebook.toString());
        CliRun refused = new CliRun();
        assertEquals(2, refused.run("--lang", "en", "export", EXAMPLES.toString(), "--format", "xml", "-o",
                dir.resolve("x.csv").toString()));
        assertFrameIsEnglish(refused, EXAMPLES.toString());
    }

    @Test
    void mergeIsEnglishDownToItsSourcesSheet() throws IOException {
        Path out = dir.resolve("merged.xlsx");
        Path pdf = Fixtures.realReport("hongze-district-2024");
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("--lang", "en", "merge", KAIZHOU.toString(), pdf.toString(), ARXAN.toString(),
                "-o", out.toString(), "--unit", "All", "--year", "2024", "--allow-mixed"));
        assertTrue(cli.out().contains("Merged 3 units"), cli.out());
        assertFrameIsEnglish(cli, KAIZHOU.toString(), pdf.toString(), ARXAN.toString(), out.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            var sources = workbook.getSheet("Sources");
            assertEquals("File", sources.getRow(0).getCell(0).getStringCellValue());
        }
        CliRun mixed = new CliRun();
        assertEquals(1, mixed.run("merge", KAIZHOU.toString(), ARXAN.toString(), "-o",
                dir.resolve("mixed.xlsx").toString(), "--unit", "All", "--lang", "en"));
        assertTrue(mixed.err().startsWith("The inputs differ in edition or year"), mixed.err());
        assertFrameIsEnglish(mixed, KAIZHOU.toString(), ARXAN.toString());
    }

    @Test
    void benchIsEnglish() {
        CliRun cli = new CliRun();
        assertEquals(0, cli.run("bench", "--convert", Fixtures.seed("001").toString(),
                Fixtures.realReport("hongze-district-2024").toString(), "--threads", "1", "--lang", "en"));
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("PDF: 1 files, median per page")), cli.out());
        assertFrameIsEnglish(cli, Fixtures.REPORTS.toString());
        CliRun missing = new CliRun();
        assertEquals(2, missing.run("bench", "--lang", "en"));
        assertFrameIsEnglish(missing);
    }

    /**
     * Files no reader can take, each refused for its own reason (not Excel, a broken zip, encrypted, empty, not a PDF,
     * an archive that is no Word document, a format to convert first, binary text, JSON that is no report, invalid or
     * an empty list): every command says why in English, the reasons included; only the file names are Chinese.
     */
    @ParameterizedTest
    @ValueSource(strings = {"check", "convert", "export", "merge"})
    void unreadableFilesAreExplainedInEnglish(String command) throws IOException {
        Path in = unreadableInputs();
        Path out = dir.resolve("unreadable-" + command);
        List<String> args = new ArrayList<>(List.of("--lang", "en", command, in.toString()));
        switch (command) {
            case "check" -> args.addAll(List.of("--report", out + ".json"));
            case "merge" -> args.addAll(List.of("-o", out + ".xlsx", "--unit", "All"));
            case "export" -> args.addAll(List.of("-o", out + ".csv"));
            default -> args.addAll(List.of("-o", out.toString()));
        }
        CliRun cli = new CliRun();
        int code = cli.run(args.toArray(String[]::new));
        String printed = cli.out() + cli.err();
        assertTrue(code == ExitCodes.FINDINGS || code == ExitCodes.USAGE, code + "\n" + printed);
        long explained = printed.lines()
                .filter(l -> l.contains("Cannot read the ") || l.contains("cannot read directly")).count();
        assertEquals(UNREADABLE.size(), explained, printed);
        for (String reason : List.of("not an Excel file", "the zip is damaged", "encrypted", "not a PDF file",
                "a zip archive, but not a Word document", "WPS Writer", "not a report object", "not valid JSON",
                "the JSON holds no report")) {
            assertTrue(printed.contains(reason), reason + " in\n" + printed);
        }
        String frame = printed;
        for (String name : UNREADABLE.keySet()) {
            frame = frame.replace(name, "");
        }
        Matcher han = HAN.matcher(frame.replace(in.toString(), ""));
        assertFalse(han.find(), () -> "Chinese \"" + han.group() + "\" in\n" + printed);
        if (command.equals("check")) {
            JsonNode report = new ObjectMapper().readTree(Path.of(out + ".json").toFile());
            for (JsonNode file : report.get("files")) {
                for (JsonNode finding : file.get("findings")) {
                    if (finding.get("rule").asText().equals("file-unreadable")) {
                        assertTrue(finding.get("args").hasNonNull("reason_en"), finding.toString());
                    }
                }
            }
        }
    }

    private static Map<String, byte[]> unreadable() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("不是表格.xlsx", "这不是表格，只是一段文字".getBytes(StandardCharsets.UTF_8));
        files.put("损坏的压缩包.xlsx", "PK\u0003\u0004 这个压缩包只有开头".getBytes(StandardCharsets.UTF_8));
        files.put("加密的表格.xls", encryptedOffice());
        files.put("空表格.xlsx", new byte[0]);
        files.put("空报告.pdf", new byte[0]);
        files.put("改了名的文本.pdf", "年度报告".getBytes(StandardCharsets.UTF_8));
        files.put("空文档.docx", new byte[0]);
        files.put("压缩包.docx", zipOf("说明.txt"));
        files.put("富文本.doc", "{\\rtf1 年度报告}".getBytes(StandardCharsets.UTF_8));
        files.put("二进制.txt", new byte[4096]);
        files.put("不是报告.json", "{\"单位\": 1}".getBytes(StandardCharsets.UTF_8));
        files.put("坏的.json", "{\"file\": ]".getBytes(StandardCharsets.UTF_8));
        files.put("空列表.json", "[]".getBytes(StandardCharsets.UTF_8));
        files.put("年度报告.wps", "x".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static Path unreadableInputs() throws IOException {
        Path in = dir.resolve("不能读的文件");
        if (!Files.isDirectory(in)) {
            Files.createDirectories(in);
            for (Map.Entry<String, byte[]> file : UNREADABLE.entrySet()) {
                Files.write(in.resolve(file.getKey()), file.getValue());
            }
        }
        return in;
    }

    /** An OLE2 file holding an encrypted package, as Office writes a workbook with a password to open it. */
    private static byte[] encryptedOffice() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zipOf(String entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("年度报告在别处".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What the command printed, data taken out, holds no Chinese character. */
    private static void assertFrameIsEnglish(CliRun cli, String... paths) {
        String frame = withoutData(cli.out() + cli.err(), paths);
        Matcher han = HAN.matcher(frame);
        assertFalse(han.find(), () -> "Chinese \"" + han.group() + "\" in\n" + frame);
    }

    private static String withoutData(String output, String... paths) {
        String text = CHECK_FINDING.matcher(output).replaceAll("$1");
        text = FINDING_AFTER_FILE.matcher(text).replaceAll("$1$2");
        List<String> data = new ArrayList<>(UNITS);
        for (String path : paths) {
            data.add(path);
            try (Stream<Path> files = Files.walk(Path.of(path))) {
                files.map(Path::toString).forEach(data::add);
            } catch (IOException e) {
                // an output not written: only its given path is data
            }
        }
        data.sort(Comparator.comparingInt(String::length).reversed());
        for (String datum : data) {
            text = text.replace(datum, "");
        }
        return text;
    }

    private static String rowText(Row row) {
        StringBuilder text = new StringBuilder();
        row.forEach(cell -> text.append(cell.getStringCellValue()).append('|'));
        return text.toString();
    }
}
