package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.nianbao.annualreport.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input is accounted for and one bad input never stops a batch, in every command; usage errors (no input,
 * an output that cannot be written) come before any work.
 */
class EveryInputHasItsRowTest {

    private static final Path WORKBOOK = Path.of("examples", "开州区民政局-2024-正确.xlsx");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void convertGoesOnPastBrokenFilesAndConvertsTheRestInOrder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.seed("001"), in.resolve("a-good.txt"));
        Files.write(in.resolve("b-broken.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
        Files.write(in.resolve("c-random.docx"), new byte[] {1, 2, 3, 4});
        Files.write(in.resolve("d-empty.html"), new byte[0]);
        Files.copy(Fixtures.seed("002"), in.resolve("e-good.txt"));
        Path out = dir.resolve("out");
        assertEquals(1, cli.run("convert", in.toString(), "-o", out.toString()), cli.err());
        assertTrue(Files.exists(out.resolve("a-good.xlsx")));
        assertTrue(Files.exists(out.resolve("e-good.xlsx")));
        for (String bad : List.of("b-broken.pdf", "c-random.docx", "d-empty.html")) {
            assertTrue(cli.err().contains(bad + "："), bad + " has its line: " + cli.err());
        }
        assertTrue(cli.out().indexOf("a-good.txt") < cli.out().indexOf("e-good.txt"), "told in input order");
        assertFalse(cli.err().matches("(?s).*[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}.*"), "no English sentence: " + cli.err());
    }

    @Test
    void convertNamesTheOutputsOfAJsonWhoseFileFieldIsTheRootAfterTheJsonItself() throws Exception {
        assertEquals(0, cli.run("convert", Fixtures.seed("001").toString(), "-o", dir.toString(), "--json"));
        Path json = Files.list(dir).filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        JsonNode node = new ObjectMapper().readTree(json.toFile());
        ((ObjectNode) node).put("file", "/");
        Path rooted = Files.createDirectories(dir.resolve("in")).resolve("rooted.json");
        new ObjectMapper().writeValue(rooted.toFile(), node);
        CliRun again = new CliRun();
        assertEquals(0, again.run("convert", rooted.toString(), "-o", dir.resolve("out").toString()), again.err());
        assertTrue(Files.exists(dir.resolve("out").resolve("rooted.xlsx")));
    }

    @Test
    void convertCutsAStemTooLongForTheFileSystemAndKeepsNamesApart() throws Exception {
        String stem = "政府信息公开工作年度报告".repeat(6) + "x".repeat(251 - 3 * 12 * 6);
        assertEquals(251, stem.getBytes(StandardCharsets.UTF_8).length);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.seed("001"), in.resolve(stem + ".txt"));
        Files.createDirectories(in.resolve("sub"));
        Files.copy(Fixtures.seed("001"), in.resolve("sub").resolve(stem + ".txt"));
        Path out = dir.resolve("out");
        assertEquals(0, cli.run("convert", in.toString(), "-o", out.toString()), cli.err());
        try (Stream<Path> written = Files.list(out)) {
            List<String> names = written.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            names.forEach(n -> assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= 255, n));
            assertEquals(1, names.stream().filter(n -> n.endsWith("x-2.xlsx")).count(), names.toString());
        }
    }

    @Test
    void aLinkThatLeadsNowhereIsARowOfItsOwn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(WORKBOOK, in.resolve("a.xlsx"));
        Files.createSymbolicLink(in.resolve("gone.xlsx"), dir.resolve("nowhere.xlsx"));
        assertEquals(1, cli.run("check", in.toString()));
        assertTrue(cli.out().contains("gone.xlsx"), cli.out());
        assertTrue(cli.out().contains("文件不存在或已被移走"), cli.out());
        assertTrue(cli.out().contains("共 2 个文件：通过 1"), cli.out());
    }

    @Test
    void noInputFoundIsAUsageError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (String command : List.of("check", "export", "merge", "convert")) {
            CliRun run = new CliRun();
            List<String> args = switch (command) {
                case "export" -> List.of(command, empty.toString(), "-o", dir.resolve("x.csv").toString());
                case "merge" -> List.of(command, empty.toString(), "-o", dir.resolve("x.xlsx").toString(), "--unit",
                        "某市");
                case "convert" -> List.of(command, empty.toString(), "-o", dir.resolve("o").toString());
                default -> List.of(command, empty.toString());
            };
            assertEquals(2, run.run(args.toArray(String[]::new)), command);
            assertTrue(run.err().contains("没有找到任何文件"), command + ": " + run.err());
        }
        assertEquals(2, cli.run("check", dir.resolve("mistyped").toString()));
        assertTrue(cli.err().contains("不存在"), cli.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnyWork() throws Exception {
        Path report = dir.resolve("no-such-folder").resolve("r.xlsx");
        assertEquals(2, cli.run("check", WORKBOOK.toString(), "--report", report.toString()));
        assertTrue(cli.err().contains("不存在"), cli.err());
        assertEquals("", cli.out(), "nothing was checked");
        CliRun export = new CliRun();
        assertEquals(2, export.run("export", WORKBOOK.toString(), "-o", dir.resolve("nowhere").resolve("c.csv")
                .toString()));
        assertEquals("", export.out());
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        CliRun convert = new CliRun();
        assertEquals(2, convert.run("convert", Fixtures.seed("001").toString(), "-o", aFile.resolve("out").toString()));
        assertTrue(convert.err().contains("无法创建"), convert.err());
        CliRun annotate = new CliRun();
        assertEquals(2, annotate.run("check", WORKBOOK.toString(), "--annotate", aFile.toString()));
        assertEquals("", annotate.out());
    }

    @Test
    void anExistingReportIsReplacedOnlyWithForce() throws Exception {
        Path report = Files.writeString(dir.resolve("r.csv"), "mine");
        assertEquals(2, cli.run("check", WORKBOOK.toString(), "--report", report.toString()));
        assertTrue(cli.err().contains("--force"), cli.err());
        assertEquals("mine", Files.readString(report));
        CliRun forced = new CliRun();
        assertEquals(0, forced.run("check", WORKBOOK.toString(), "--report", report.toString(), "--force"));
        assertTrue(Files.readString(report).startsWith("\uFEFF") || Files.readString(report).contains("file"));
        CliRun export = new CliRun();
        Path csv = Files.writeString(dir.resolve("cells.csv"), "mine");
        assertEquals(2, export.run("export", WORKBOOK.toString(), "-o", csv.toString()));
        assertEquals("mine", Files.readString(csv));
    }

    @Test
    void outputsInsideTheInputFolderAreNeverReadBack() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(WORKBOOK, in.resolve("a.xlsx"));
        Path annotated = in.resolve("标注");
        Path report = in.resolve("结果.xlsx");
        for (int run = 0; run < 2; run++) {
            CliRun check = new CliRun();
            assertEquals(0, check.run("check", in.toString(), "--annotate", annotated.toString(), "--report",
                    report.toString(), "--force"), check.err());
            assertTrue(check.out().contains("共 1 个文件：通过 1"), "run " + run + ": " + check.out());
        }
        assertTrue(Files.exists(annotated.resolve("a.xlsx")));
    }
}
