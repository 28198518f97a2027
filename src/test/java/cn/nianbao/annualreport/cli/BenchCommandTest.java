package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.nianbao.annualreport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench --convert measures each report by kind and per PDF page; its figures are read by people, not asserted. */
class BenchCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void measuresConversionByKindAndPerPdfPage() {
        assertEquals(0, cli.run("bench", "--convert", Fixtures.seed("001").toString(),
                Fixtures.realReport("hongze-district-2024").toString(), "--threads", "1"), cli.err());
        String out = cli.out();
        assertTrue(out.contains("2 个报告"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("纯文本：1 个，每个中位数")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("PDF：1 个，每页中位数")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("下限：只写出一本空白标准工作簿")), out);
    }

    @Test
    void reportsTheWholeProcessAgainstTheFloorProcessAndTheOneFileTimeAsMeasuredFigures(@TempDir Path dir)
            throws IOException {
        Path launcher = launcher(dir);
        assertEquals(0, cli.run("bench", "--process", "--copies", "2", "--rounds", "1", "--launcher",
                launcher.toString(), "examples/开州区民政局-2024-正确.xlsx"), cli.err());
        String out = cli.out();
        assertTrue(out.lines().anyMatch(l -> l.matches("第 1 轮：下限进程 \\d+\\.\\d\\d 秒，nianbao check 目录 --report "
                + "\\d+\\.\\d\\d 秒，\\d+\\.\\d\\d 倍")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("批量：nianbao check 的时间是下限进程的 \\d+\\.\\d\\d 倍"
                + "（1 轮的中位数；目标 2 倍以内）")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("单个文件：nianbao check 一本工作簿 \\d+\\.\\d\\d 秒"
                + "（3 次的中位数；目标 0.3 秒以内）")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("机器负载均值：测量前 (\\d+\\.\\d|\\?)，测量后 (\\d+\\.\\d|\\?)"
                + "（\\d+ 核；.*")), out);
    }

    @Test
    void timesTheCheckOfWorkbooksWithErrorsWithAndWithoutWorkingOutTheWrongCells(@TempDir Path dir)
            throws IOException {
        Path launcher = launcher(dir);
        assertEquals(0, cli.run("bench", "--localisation", "--copies", "4", "--rounds", "1", "--launcher",
                launcher.toString(), "examples/开州区民政局-2024-正确.xlsx"), cli.err());
        String out = cli.out();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("样本 开州区民政局-2024-正确.xlsx 的 4 个有错变体")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("第 1 轮：nianbao check 目录 --report --no-localise "
                + "\\d+\\.\\d\\d 秒，推断填错的格 \\d+\\.\\d\\d 秒，\\d+\\.\\d\\d 倍")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("推断填错的格：批量校验的时间是不推断时的 \\d+\\.\\d\\d 倍"
                + "（1 轮的中位数；目标 1.2 倍以内）")), out);
    }

    @Test
    void timesABatchThroughThePageBesideTheCommandAndTheFirstBatchFromTheStartOfTheServer(@TempDir Path dir)
            throws IOException {
        Path launcher = launcher(dir);
        List<Path> before = benchFolders();
        assertEquals(0, cli.run("bench", "--serve", "--copies", "3", "--rounds", "1", "--launcher",
                launcher.toString(), "examples/开州区民政局-2024-正确.xlsx"), cli.err());
        String out = cli.out();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("样本 开州区民政局-2024-正确.xlsx，3 本，1 轮，网页每次同时上传 3 个")),
                out);
        assertTrue(out.lines().anyMatch(l -> l.matches("第一批：从启动 nianbao serve 到取回校验报告 \\d+\\.\\d\\d 秒.*")),
                out);
        assertTrue(out.lines().anyMatch(l -> l.matches("第 1 轮：nianbao check 目录 --report \\d+\\.\\d\\d 秒，"
                + "经网页上传、校验并取回报告 \\d+\\.\\d\\d 秒，\\d+\\.\\d\\d 倍")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("网页：批量校验的时间是 nianbao check 的 \\d+\\.\\d\\d 倍"
                + "（1 轮的中位数；目标 2 倍以内）")), out);
        assertEquals(before, benchFolders(), "the bench leaves no copies behind");
    }

    private static List<Path> benchFolders() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("nianbao-bench-serve-")).sorted().toList();
        }
    }

    /** A launcher script that runs this build's classes, as the {@code nianbao} script runs the jar. */
    private static Path launcher(Path dir) throws IOException {
        Path launcher = dir.resolve("nianbao");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -Dnianbao.home='" + Path.of("").toAbsolutePath()
                + "' -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        return launcher;
    }

    @Test
    void refusesToRunWithoutASampleOrReports() {
        assertEquals(2, cli.run("bench"));
        assertTrue(cli.err().contains("请给出样本工作簿"), cli.err());
    }

    @Test
    void answersHelpAndRefusesAMissingSampleAsAUsageError() {
        assertEquals(0, cli.run("bench", "-h"));
        assertTrue(cli.out().contains("--copies"), cli.out());
        CliRun missing = new CliRun();
        assertEquals(2, missing.run("bench", "no-such-sample.xlsx"));
        assertTrue(missing.err().contains("样本工作簿 no-such-sample.xlsx 不存在"), missing.err());
    }
}
