package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import cn.nianbao.annualreport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report in a format nianbao knows but does not read (WPS, OpenDocument, RTF, iWork, OFD, a single-file web page)
 * gets from every command one line saying what the file is and what to save it as ({@code convert-first}), and the
 * exit code says an input could not be read; the other files of the batch are still read.
 */
class FormatsNotReadTest {

    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of(".wps", "WPS 文字", ".docx"), Arguments.of(".et", "WPS 表格", ".xlsx"),
                Arguments.of(".dps", "WPS 演示", ".pdf"), Arguments.of(".odt", "OpenDocument 文字", ".docx"),
                Arguments.of(".ods", "OpenDocument 表格", ".xlsx"), Arguments.of(".rtf", "RTF", ".docx"),
                Arguments.of(".pages", "Pages", ".docx"), Arguments.of(".numbers", "Numbers", ".xlsx"),
                Arguments.of(".ofd", "OFD", ".pdf"), Arguments.of(".mht", "MHT", ".docx"),
                Arguments.of(".WPS", "WPS 文字", ".docx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void convertSaysWhatTheFileIsAndWhatToSaveItAs(String extension, String format, String target) throws Exception {
        Path file = Files.writeString(dir.resolve("年度报告" + extension), "x");
        CliRun cli = new CliRun();
        assertEquals(ExitCodes.FINDINGS, cli.run("convert", file.toString(), "-o", dir.resolve("out").toString()));
        String line = cli.err().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith(file + "：") && line.endsWith("［convert-first］"), line);
        assertTrue(line.contains(format) && line.contains(extension.toLowerCase(java.util.Locale.ROOT))
                && line.contains(target), line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void checkSaysWhatTheFileIsAndWhatToSaveItAs(String extension, String format, String target) throws Exception {
        Path file = Files.writeString(dir.resolve("年度报告" + extension), "x");
        CliRun cli = new CliRun();
        assertEquals(ExitCodes.FINDINGS, cli.run("check", file.toString()));
        String line = cli.out().lines().filter(l -> l.contains("[convert-first]")).findFirst().orElse(cli.out());
        assertTrue(line.contains(format) && line.contains(target), cli.out());
    }

    @Test
    void exportAndMergeSayTheSameAndExportGoesOnWithTheRest() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.seed("001"), in.resolve("kaizhou.txt"));
        Files.writeString(in.resolve("kaizhou.wps"), "x");
        CliRun export = new CliRun();
        assertEquals(ExitCodes.FINDINGS, export.run("export", in.toString(), "-o", dir.resolve("all.csv").toString()));
        assertTrue(export.err().lines().anyMatch(l -> l.contains("kaizhou.wps") && l.contains("WPS 文字")
                && l.contains(".docx") && l.endsWith("［convert-first］")), export.err());
        assertTrue(export.out().contains("已导出 1 个文件"), export.out());
        CliRun merge = new CliRun();
        Path summary = dir.resolve("汇总.xlsx");
        assertEquals(ExitCodes.FINDINGS, merge.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市"));
        assertTrue(merge.err().lines().anyMatch(l -> l.contains("kaizhou.wps") && l.contains("WPS 文字")
                && l.contains(".docx")), merge.err());
        assertFalse(Files.exists(summary));
    }

    @Test
    void aFileOfNoKnownFormatIsStillToldWhichKindsAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("年度报告.xyz"), "x");
        CliRun cli = new CliRun();
        assertEquals(ExitCodes.FINDINGS, cli.run("convert", file.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(cli.err().strip().endsWith("［unsupported-type］") && cli.err().contains(".doc .pdf"), cli.err());
    }
}
