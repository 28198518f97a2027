package cn.nianbao.annualreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.nianbao.annualreport.merge.MergeFixtures;
import cn.nianbao.annualreport.workbook.LibreOfficeCalc;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nianbao merge} as a supervising office runs it: real workbooks in (the project's examples and converted seed
 * reports), one summary workbook out, whose figures an independent reading of the inputs confirms after LibreOffice
 * has recalculated it; mixed editions and years, unreadable inputs and text cells are refused or reported.
 */
class MergeCommandTest {

    private static final Path KAIZHOU = MergeFixtures.EXAMPLES.resolve("开州区民政局-2024-正确.xlsx");
    private static final Path HUAYIN = MergeFixtures.EXAMPLES.resolve("华阴市-2020-2019版-正确.xlsx");
    private static final String ARXAN = "000_2f396f1e852b3100";
    private static final String LEDU = "002_65ae609cbadd49bc";
    private static final List<String> COLUMNS = List.of("natural_person", "business", "research", "nonprofit",
            "legal_services", "other_org", "total");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** A directory of inputs: the named examples, and seed reports converted with 2024 on their cover. */
    private Path inputs(List<Path> examples, String... seeds) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Path example : examples) {
            Files.copy(example, in.resolve(example.getFileName()));
        }
        for (String seed : seeds) {
            MergeFixtures.seedWorkbook(seed, 2024, in);
        }
        return in;
    }

    private static List<Path> files(Path in) throws Exception {
        try (Stream<Path> list = Files.list(in)) {
            return list.sorted().toList();
        }
    }

    /** The figures of several workbooks added up, name by name. */
    private static Map<String, Double> added(List<Map<String, Double>> workbooks) {
        Map<String, Double> sum = new HashMap<>();
        workbooks.forEach(w -> w.forEach((name, value) -> sum.merge(name, value, Double::sum)));
        return sum;
    }

    @Test
    void mergesSeveralWorkbooksIntoTotalsThatAnIndependentRecomputationConfirms() throws Exception {
        Path in = inputs(List.of(KAIZHOU), ARXAN, LEDU);
        Path summary = dir.resolve("汇总.xlsx");
        assertEquals(0, cli.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市政务公开办",
                "--threads", "2"), cli.err());
        assertTrue(cli.out().contains("已合并 3 个单位（2021 版，2024 年度）：" + summary), cli.out());
        assertTrue(cli.out().contains("1 个单位有错误"), cli.out());
        assertTrue(cli.err().contains(LEDU + ".xlsx") && cli.err().contains("个错误"), cli.err());

        // Expected, without the merge code: each input read straight through POI, its totals as LibreOffice computes
        // them
        List<Path> inputs = files(in);
        Map<String, Double> entered = added(inputs.stream().map(MergeFixtures::entered).toList());
        Map<String, Double> totals = added(LibreOfficeCalc.recalculate(inputs).stream()
                .map(MergeFixtures::formulaResults).toList());
        assertEquals(totals.keySet(), MergeFixtures.formulaResults(summary).keySet(), "the totals are still formulas");

        Path recalculated = LibreOfficeCalc.recalculate(summary);
        Map<String, Double> summaryEntered = MergeFixtures.entered(recalculated);
        Map<String, Double> summaryTotals = MergeFixtures.formulaResults(recalculated);
        assertEquals(200, summaryEntered.size() + summaryTotals.size(), "every cell of the 2021 edition has a number");
        summaryEntered.forEach((name, value) -> assertEquals(entered.getOrDefault(name, 0.0), value, 1e-9, name));
        totals.forEach((name, value) -> assertEquals(value, summaryTotals.get(name), 1e-9, name));
        for (String name : List.of("requests.results_total.total", "requests.new.total", "appeals.review.total")) {
            assertTrue(summaryTotals.containsKey(name), name);
        }

        // The live checks: every total is a formula, so only the balance of each requests column can fail
        Map<String, Double> all = new HashMap<>(entered);
        all.putAll(totals);
        long unbalanced = COLUMNS.stream().filter(c -> Math.abs(all.getOrDefault("requests.new." + c, 0.0)
                + all.getOrDefault("requests.carried_over." + c, 0.0) - all.getOrDefault("requests.results_total." + c,
                        0.0) - all.getOrDefault("requests.carried_forward." + c, 0.0)) > 1e-9).count();
        assertTrue(unbalanced > 0, "乐都区's unbalanced requests carry into the summary");
        try (InputStream stream = Files.newInputStream(recalculated); XSSFWorkbook book = new XSSFWorkbook(stream)) {
            assertEquals(unbalanced, (long) MergeFixtures.cell(book, "checks.failures").getNumericCellValue());
            sourcesSheetAddsUpToTheSummary(book.getSheetAt(book.getNumberOfSheets() - 1), inputs, entered);
        }
        try (InputStream stream = Files.newInputStream(summary); XSSFWorkbook book = new XSSFWorkbook(stream)) {
            XSSFSheet sources = book.getSheet("汇总来源");
            assertEquals(book.getNumberOfSheets() - 1, book.getSheetIndex(sources), "after the standard sheets");
            assertTrue(sources.getPaneInformation().isFreezePane());
            assertEquals(2, sources.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(sources.getCTWorksheet().isSetAutoFilter());
            assertEquals("1:2", sources.getRepeatingRows().formatAsString(), "header rows on every printed page");
            assertTrue(sources.getPrintSetup().getLandscape());
        }
    }

    /** One row per input with its figures, a 合计 row that equals the independent sums, and the summary's own. */
    private static void sourcesSheetAddsUpToTheSummary(Sheet sheet, List<Path> inputs, Map<String, Double> entered) {
        assertEquals("汇总来源", sheet.getSheetName());
        DataFormatter text = new DataFormatter();
        Row codes = sheet.getRow(0);
        List<String> files = new ArrayList<>();
        for (int r = 2; r < 2 + inputs.size(); r++) {
            files.add(text.formatCellValue(sheet.getRow(r).getCell(0)));
        }
        assertEquals(inputs.stream().map(Path::toString).toList(), files);
        Row total = sheet.getRow(2 + inputs.size());
        Row own = sheet.getRow(3 + inputs.size());
        assertTrue(text.formatCellValue(total.getCell(0)).startsWith("合计"));
        Set<String> seen = new TreeSet<>();
        for (int c = 5; c < codes.getLastCellNum(); c++) {
            String code = codes.getCell(c).getStringCellValue();
            seen.add(code);
            Cell sum = total.getCell(c);
            assertEquals(CellType.FORMULA, sum.getCellType(), code);
            assertEquals(entered.getOrDefault(code, 0.0), sum.getNumericCellValue(), 1e-9, code);
            assertEquals(entered.getOrDefault(code, 0.0), own.getCell(c).getNumericCellValue(), 1e-9, code);
        }
        assertTrue(seen.containsAll(entered.keySet()), "a column for every entered cell");
    }

    @Test
    void refusesMixedEditionsAndYearsNamingTheOddFilesUnlessMixingIsAllowed() throws Exception {
        Path in = inputs(List.of(KAIZHOU, HUAYIN), ARXAN);
        Path summary = dir.resolve("汇总.xlsx");
        assertEquals(1, cli.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市政务公开办"));
        assertTrue(cli.err().contains(HUAYIN.getFileName() + "（2019 版，2020 年度）"), cli.err());
        assertFalse(cli.err().contains(KAIZHOU.getFileName().toString()), "only the odd file is named: " + cli.err());
        assertTrue(cli.err().contains("--allow-mixed"), cli.err());
        assertFalse(Files.exists(summary));

        CliRun noYear = new CliRun();
        assertEquals(2, noYear.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市政务公开办",
                "--allow-mixed"), "the years differ, so the summary's year must be given");
        assertTrue(noYear.err().contains("--year"), noYear.err());
        assertFalse(Files.exists(summary));

        CliRun mixed = new CliRun();
        assertEquals(0, mixed.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市政务公开办",
                "--allow-mixed", "--year", "2024"), mixed.err());
        assertTrue(mixed.out().contains("以下 2019 版行无法对应到 2021 版，未计入：主动公开：规章、规范性文件"), mixed.out());
        assertTrue(mixed.out().contains("依申请公开：（六）其他处理"), mixed.out());
        assertTrue(mixed.out().contains("已合并 3 个单位（2021 版，2024 年度）"), mixed.out());
        Map<String, Double> merged = MergeFixtures.entered(summary);
        Map<String, Double> huayin = MergeFixtures.entered(HUAYIN);
        Map<String, Double> others = added(List.of(MergeFixtures.entered(KAIZHOU),
                MergeFixtures.entered(in.resolve(ARXAN + ".xlsx"))));
        for (String code : List.of("active.licensing.decisions", "requests.new.natural_person",
                "appeals.review.upheld")) {
            assertEquals(huayin.getOrDefault(code, 0.0) + others.getOrDefault(code, 0.0), merged.get(code), 1e-9, code);
        }
        assertTrue(huayin.get("active.licensing.decisions") > 0);
        assertEquals(others.get("active.rules.issued"), merged.get("active.rules.issued"), 1e-9,
                "華陰's 本年新制作数量 is not added to 本年制发件数");
        assertTrue(sourcesLines(summary).stream().anyMatch(l -> l.startsWith(in.resolve(HUAYIN.getFileName())
                + " | active.normative_docs.made | ")), "the unmapped figure is listed with its file and code");
    }

    @Test
    void stopsAtAnUnreadableInputNamingItAndWritesNothing() throws Exception {
        Path in = inputs(List.of(KAIZHOU));
        Files.write(in.resolve("empty.xlsx"), new byte[0]);
        Path summary = dir.resolve("汇总.xlsx");
        assertEquals(1, cli.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市政务公开办"));
        assertTrue(cli.err().contains(in.resolve("empty.xlsx") + "：") && cli.err().contains("文件是空的"), cli.err());
        assertFalse(cli.out().contains("已合并"), cli.out());
        assertFalse(Files.exists(summary));
    }

    @Test
    void reportsACellHoldingTextAndLeavesItOutOfTheTotals() throws Exception {
        Path in = inputs(List.of(KAIZHOU), ARXAN);
        Path arxan = in.resolve(ARXAN + ".xlsx");
        MergeFixtures.typeText(arxan, "requests.granted.business", "十二");
        Path summary = dir.resolve("汇总.xlsx");
        assertEquals(0, cli.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市政务公开办"),
                cli.err());
        assertTrue(cli.err().contains(arxan + "：") && cli.err().contains("requests.granted.business")
                && cli.err().contains("“十二”") && cli.err().contains("［not-added-text］"), cli.err());
        assertTrue(cli.out().contains("1 个格不是数字或无法计入"), cli.out());
        assertEquals(MergeFixtures.entered(KAIZHOU).getOrDefault("requests.granted.business", 0.0),
                MergeFixtures.entered(summary).get("requests.granted.business"), 1e-9);
        assertTrue(sourcesLines(summary).stream().anyMatch(l -> l.startsWith(arxan + " | requests.granted.business | ")
                && l.contains("“十二”")), "listed on the sources sheet");
    }

    @Test
    void refusesAMissingUnitAWrongExtensionAndAnExistingOutput() throws Exception {
        Path in = inputs(List.of(KAIZHOU));
        Path summary = dir.resolve("汇总.xlsx");
        assertEquals(2, cli.run("merge", in.toString(), "-o", summary.toString()));
        assertTrue(cli.err().contains("--unit"), cli.err());
        assertEquals(2, new CliRun().run("merge", in.toString(), "-o", dir.resolve("汇总.csv").toString(), "--unit",
                "某市"));
        Files.writeString(summary, "已有的文件");
        CliRun existing = new CliRun();
        assertEquals(2, existing.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市"));
        assertTrue(existing.err().contains("--force"), existing.err());
        assertEquals("已有的文件", Files.readString(summary));
        assertEquals(0, new CliRun().run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市",
                "--force"));
        assertEquals(MergeFixtures.entered(KAIZHOU), MergeFixtures.entered(summary), "one unit sums to itself");
    }

    @Test
    void leavesAnEarlierSummaryInTheInputDirectoryOut() throws Exception {
        Path in = inputs(List.of(KAIZHOU));
        Path summary = in.resolve("汇总.xlsx");
        assertEquals(0, cli.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市"), cli.err());
        CliRun again = new CliRun();
        assertEquals(0, again.run("merge", in.toString(), "-o", summary.toString(), "--unit", "某市", "--force"),
                again.err());
        assertTrue(again.err().contains("是本次运行的输出，不当作输入读取"), again.err());
        assertTrue(again.out().contains("已合并 1 个单位"), again.out());
        assertEquals(MergeFixtures.entered(KAIZHOU), MergeFixtures.entered(summary), "not counted twice");
    }

    /** The rows below the units on the sources sheet, each as {@code A | B | C}. */
    private static List<String> sourcesLines(Path summary) throws Exception {
        DataFormatter text = new DataFormatter();
        List<String> lines = new ArrayList<>();
        try (InputStream stream = Files.newInputStream(summary); XSSFWorkbook book = new XSSFWorkbook(stream)) {
            for (Row row : book.getSheet("汇总来源")) {
                lines.add(text.formatCellValue(row.getCell(0)) + " | " + text.formatCellValue(row.getCell(1)) + " | "
                        + text.formatCellValue(row.getCell(2)));
            }
        }
        return lines;
    }
}
