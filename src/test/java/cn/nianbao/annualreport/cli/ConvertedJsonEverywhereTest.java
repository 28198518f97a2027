package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.check.BatchChecker;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.FormDefinitions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON that convert writes is an input of every command, read as the converter read its source. */
class ConvertedJsonEverywhereTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();

    @TempDir
    Path dir;

    private Path converted(String seed) throws Exception {
        Path out = dir.resolve("converted");
        CliRun convert = new CliRun();
        convert.run("convert", Fixtures.seed(seed).toString(), "-o", out.toString(), "--json", "--force");
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.toString().endsWith(".json")
                    && p.getFileName().toString().startsWith(seed)).findFirst().orElseThrow();
        }
    }

    private static JsonNode findings(Path report) throws Exception {
        return new ObjectMapper().readTree(report.toFile()).get("files").get(0);
    }

    @Test
    void checkFindsInTheJsonWhatItFindsInTheReportItCameFrom() throws Exception {
        Path json = converted("002");
        Path fromJson = dir.resolve("json.json");
        Path fromSource = dir.resolve("source.json");
        new CliRun().run("check", json.toString(), "--report", fromJson.toString());
        new CliRun().run("check", Fixtures.seed("002").toString(), "--report", fromSource.toString());
        JsonNode mine = findings(fromJson);
        JsonNode theirs = findings(fromSource);
        assertEquals(theirs.get("unit"), mine.get("unit"));
        assertEquals(theirs.get("status"), mine.get("status"));
        Set<JsonNode> fromTheSource = new HashSet<>();
        theirs.get("findings").forEach(fromTheSource::add);
        assertTrue(mine.get("findings").size() >= 6, mine.toString());
        for (JsonNode finding : mine.get("findings")) {
            assertTrue(fromTheSource.contains(finding), "as from the source: " + finding);
        }
    }

    @Test
    void mergeAndExportTakeTheJsonOfConvert() throws Exception {
        Path first = converted("000");
        Path second = converted("001");
        CliRun merge = new CliRun();
        assertEquals(0, merge.run("merge", first.toString(), second.toString(), "-o",
                dir.resolve("sum.xlsx").toString(), "--unit", "某市", "--allow-mixed", "--year", "2020"), merge.err());
        assertTrue(merge.out().contains("已合并 2 个单位"), merge.out());
        CliRun export = new CliRun();
        assertEquals(0, export.run("export", first.toString(), "-o", dir.resolve("cells.csv").toString()),
                export.err());
        assertTrue(Files.readString(dir.resolve("cells.csv")).lines().count() > 100);
    }

    @Test
    void mergeOfConvertsOutputFolderCountsEachReportOnceThoughItIsThereAsWorkbookAndJson() throws Exception {
        Path folder = converted("000").getParent();
        converted("001");
        CliRun alone = new CliRun();
        Path workbooks = dir.resolve("workbooks.xlsx");
        try (Stream<Path> files = Files.list(folder)) {
            List<String> args = new ArrayList<>(List.of("merge", "-o", workbooks.toString(), "--unit", "某市",
                    "--allow-mixed", "--year", "2020"));
            files.filter(p -> p.toString().endsWith(".xlsx")).forEach(p -> args.add(p.toString()));
            assertEquals(0, alone.run(args.toArray(String[]::new)), alone.err());
        }
        CliRun merge = new CliRun();
        Path both = dir.resolve("both.xlsx");
        assertEquals(0, merge.run("merge", folder.toString(), "-o", both.toString(), "--unit", "某市",
                "--allow-mixed", "--year", "2020"), merge.err());
        assertTrue(merge.out().contains("已合并 2 个单位"), merge.out());
        assertEquals(2, merge.err().lines().filter(l -> l.startsWith("未重复计入：") && l.contains(" 是同一份报告")).count(),
                merge.err());
        BatchChecker reading = new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS));
        assertEquals(reading.checked(workbooks).filled().orElseThrow().figures(),
                reading.checked(both).filled().orElseThrow().figures());
    }

    @Test
    void aJsonOfSeveralReportsIsOneRowThatSaysWhatToDo() throws Exception {
        Path list = dir.resolve("list.json");
        CliRun export = new CliRun();
        assertEquals(0, export.run("export", Fixtures.seed("000").toString(), Fixtures.seed("001").toString(),
                "--format", "json", "-o", list.toString()), export.err());
        CliRun check = new CliRun();
        assertEquals(1, check.run("check", list.toString()));
        assertTrue(check.out().contains("JSON 中有 2 个报告"), check.out());
        assertTrue(List.of(check.out().split("\n")).get(0).startsWith("!"), check.out());
    }
}
