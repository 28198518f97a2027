package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.annualreport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command ever writes over one of its inputs, and convert never over an existing file without --force. */
class OutputsNeverReplaceInputsTest {

    private static final Path WORKBOOK = Path.of("examples", "开州区民政局-2024-正确.xlsx");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path input() throws Exception {
        return Files.copy(WORKBOOK, dir.resolve("rep.xlsx"));
    }

    @Test
    void checkRefusesAReportOrAnAnnotatedCopyThatWouldReplaceAnInput() throws Exception {
        Path input = input();
        byte[] before = Files.readAllBytes(input);
        assertEquals(2, cli.run("check", input.toString(), "--report", input.toString()));
        assertTrue(cli.err().contains("是输入文件之一"), cli.err());
        assertEquals(2, cli.run("check", dir.toString(), "--annotate", dir.toString()));
        assertArrayEquals(before, Files.readAllBytes(input), "the input is untouched");
    }

    @Test
    void exportRefusesAnOutputOrCodebookThatIsAnInput() throws Exception {
        Path input = input();
        byte[] before = Files.readAllBytes(input);
        assertEquals(2, cli.run("export", input.toString(), "-o", input.toString()));
        assertEquals(2, cli.run("export", input.toString(), "-o", dir.resolve("cells.csv").toString(),
                "--codebook", input.toString()));
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void convertNeverReplacesAnInputAndAnExistingFileOnlyWithForce() throws Exception {
        Path input = input();
        byte[] before = Files.readAllBytes(input);
        assertEquals(1, cli.run("convert", dir.toString(), "-o", dir.toString()));
        assertTrue(cli.err().contains("是输入文件之一，不覆盖"), cli.err());
        assertArrayEquals(before, Files.readAllBytes(input), "convert DIR -o DIR keeps the input");

        Path out = dir.resolve("out");
        Path seed = Fixtures.seed("001");
        assertEquals(0, cli.run("convert", seed.toString(), "-o", out.toString()));
        Path written = out.resolve(seed.getFileName().toString().replace(".txt", ".xlsx"));
        Files.writeString(written, "mine");
        assertEquals(1, cli.run("convert", seed.toString(), "-o", out.toString()));
        assertTrue(cli.err().contains("已存在，未覆盖；如要覆盖请加 --force"), cli.err());
        assertEquals("mine", Files.readString(written));
        assertEquals(0, cli.run("convert", seed.toString(), "-o", out.toString(), "--force"));
        assertTrue(Files.size(written) > 1000, "rewritten as a workbook with --force");
    }

    @Test
    void inputsOfTheSameNameFromDifferentFoldersGetAnnotatedCopiesOfTheirOwn() throws Exception {
        Path first = Files.copy(WORKBOOK, Files.createDirectories(dir.resolve("甲单位")).resolve("年报统计表.xlsx"));
        Files.copy(Path.of("examples", "阿尔山市-2022-有错误.xlsx"),
                Files.createDirectories(dir.resolve("乙单位")).resolve("年报统计表.xlsx"));
        Path annotated = dir.resolve("标注");
        cli.run("check", first.getParent().getParent().toString(), "--annotate", annotated.toString());
        assertTrue(Files.isRegularFile(annotated.resolve("年报统计表.xlsx")), cli.out() + cli.err());
        assertTrue(Files.isRegularFile(annotated.resolve("年报统计表-2.xlsx")), cli.out() + cli.err());
        assertTrue(cli.out().contains("标注副本 2 个"), cli.out());
        try (var copies = Files.list(annotated)) {
            assertEquals(2, copies.count());
        }
    }
}
