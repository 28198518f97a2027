package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.nianbao.annualreport.Answered;
import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text reports as an attacker or an unlucky editor leaves them, read as {@code convert} and {@code check} read a
 * .txt file: a cell of 900,000 digits, a stray byte in UTF-8, tabs in the narrative, binary data.
 */
@Tag("hostile")
class HostileTextReportTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static TextReportReader reader;

    @TempDir
    Path dir;

    /** Loads the dictionaries and label variants once, outside the time measured. */
    @BeforeAll
    static void readASeedOnce() throws IOException {
        reader = TextReportReader.withInstalledLabels(FORMS);
        reader.read(SourceKind.TEXT.read(Fixtures.seed("000")));
    }

    @Test
    void readsACellOfNineHundredThousandDigitsAsTextAtOnce() throws IOException {
        List<String> lines = seedLines("000");
        int cell = lines.indexOf("0 |");
        lines.set(cell, "7".repeat(900_000) + " |");
        Path file = write(lines);

        ExtractedReport report = Answered.within5Seconds(() -> reader.read(SourceKind.TEXT.read(file)));

        // As for any cell of text among the figures: its row (规章) is left blank with a row-in-doubt error.
        Finding doubt = report.findings().stream().filter(f -> f.ruleId().equals("row-in-doubt")).findFirst()
                .orElseThrow();
        assertEquals("规章", doubt.args().get("row"));
        ExtractedReport seed = read(Fixtures.seed("000"));
        assertEquals(seed.cells().size() - 3, report.cells().size());
        report.cells().forEach((code, value) -> assertEquals(seed.cells().get(code), value, code.toString()));
    }

    @Test
    void readsAUtf8ReportWithOneStrayByteAndSaysWhere() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.seed("000"));
        int lineTen = nthLineStart(bytes, 10);
        byte[] damaged = new byte[bytes.length + 1];
        // After the line's opening bracket, before its first Chinese character.
        System.arraycopy(bytes, 0, damaged, 0, lineTen + 1);
        damaged[lineTen + 1] = (byte) 0xFF;
        System.arraycopy(bytes, lineTen + 1, damaged, lineTen + 2, bytes.length - lineTen - 1);
        Path file = dir.resolve("stray.txt");
        Files.write(file, damaged);

        ExtractedReport report = Answered.within5Seconds(() -> read(file));

        assertEquals(read(Fixtures.seed("000")).cells(), report.cells());
        Finding stray = report.findings().get(0);
        assertEquals("undecodable-bytes", stray.ruleId());
        assertEquals("第 11 行", stray.where().orElseThrow().toString());
        assertEquals(Map.of("count", "1"), stray.args());
    }

    @Test
    void readsAGb18030ReportAsGb18030() throws IOException {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, seedLines("000"), Charset.forName("GB18030"));

        ExtractedReport report = read(file);

        ExtractedReport seed = read(Fixtures.seed("000"));
        assertEquals(seed.cells(), report.cells());
        assertEquals(seed.unit(), report.unit());
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().equals("undecodable-bytes")));
    }

    @Test
    void refusesBinaryDataAsNotText() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(11).nextBytes(noise);
        Path file = dir.resolve("noise.txt");
        Files.write(file, noise);

        IOException refused = assertThrows(IOException.class, () -> SourceKind.TEXT.read(file));

        assertEquals("文件不是文本（含有二进制内容）", refused.getMessage());
    }

    @Test
    void takesAUtf8TextWithAStrayByteForTextAndNoiseForBinary() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.seed("000"));
        bytes[100] = (byte) 0xFF;
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);

        assertEquals(FileContent.TEXT, FileContent.of(bytes));
        assertEquals(FileContent.OTHER, FileContent.of(noise));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001"})
    void readsEveryCellOfASeedWhoseNarrativeHasTabs(String seed) throws IOException {
        List<String> lines = seedLines(seed);
        List<String> tabbed = new ArrayList<>();
        int narrative = 0;
        for (String line : lines) {
            boolean prose = line.length() > 20 && !line.contains("|");
            narrative += prose ? 1 : 0;
            tabbed.add(prose ? line.substring(0, 4) + "\t" + line.substring(4, 10) + "\t\t" + line.substring(10)
                    : line);
        }
        assertTrue(narrative > 10, "narrative lines: " + narrative);
        Path file = write(tabbed);

        ExtractedReport report = Answered.within5Seconds(() -> read(file));

        ExtractedReport original = read(Fixtures.seed(seed));
        assertEquals(original.cells(), report.cells());
        assertEquals(original.form(), report.form());
        assertEquals(original.narrative().keySet(), report.narrative().keySet());
    }

    @Test
    void stopsReadingOnceTheFilesDeadlineHasPassed() {
        BudgetExceeded late = assertThrows(BudgetExceeded.class, () -> FileBudget.within(Duration.ofNanos(1),
                () -> read(Fixtures.seed("000"))));

        assertEquals("处理超时：超过 1 秒仍未读完，已放弃这个文件", late.getMessage());
    }

    @Test
    void saysInChineseThatAFileIsMissing() {
        IOException missing = assertThrows(IOException.class, () -> SourceKind.TEXT.read(dir.resolve("无.txt")));

        assertEquals("文件不存在", missing.getMessage());
    }

    private ExtractedReport read(Path file) throws IOException {
        return reader.read(SourceKind.TEXT.read(file));
    }

    private static List<String> seedLines(String seed) throws IOException {
        return new ArrayList<>(Files.readAllLines(Fixtures.seed(seed), StandardCharsets.UTF_8));
    }

    private Path write(List<String> lines) throws IOException {
        return Files.write(dir.resolve("report.txt"), lines, StandardCharsets.UTF_8);
    }

    /** Where line {@code n} (0-based) starts. */
    private static int nthLineStart(byte[] bytes, int n) {
        int at = 0;
        for (int line = 0; line < n; line++) {
            while (bytes[at] != '\n') {
                at++;
            }
            at++;
        }
        return at;
    }
}
