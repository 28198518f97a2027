package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.merge.MergeFixtures;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On every report and workbook of the tests (the real reports, the examples, the workbooks of the reader's fuzz
 * inputs, and standard workbooks of real reports with one to three entered figures changed), no two findings name
 * different figures for one cell, and entering every figure the likeliest fixes suggest makes every sum and balance
 * of the file hold, except those a {@code no-small-fix} finding gives up on.
 */
class SuggestionsAgreeTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    /** The findings that name a figure for their cell in {@code expected}. */
    private static final Set<String> SUGGESTING = Set.of("likely-wrong-cell", "blank-cell", "number-stored-as-text",
            "full-width-digits", "row-sum", "column-sum", "balance");
    private static BatchChecker checker;

    @TempDir
    static Path dir;

    @BeforeAll
    static void reader() throws IOException {
        checker = new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS));
    }

    @Test
    void noTwoFindingsDisagreeAndTheSuggestedFiguresMakeEveryRuleHold() throws Exception {
        List<Path> files = new ArrayList<>(Fixtures.cases().stream().map(Fixtures::source).toList());
        try (Stream<Path> examples = Files.list(Path.of("examples"));
                Stream<Path> fuzz = Files.list(Path.of("src", "test", "resources", "cn", "nianbao", "annualreport",
                        "check", "WorkbookReaderFuzzTestInputs", "anyWorkbookIsReadOrRefusedInChinese"))) {
            files.addAll(examples.sorted().toList());
            files.addAll(fuzz.sorted().toList());
        }
        files.addAll(changedWorkbooks());
        int withFixes = 0;
        int givenUp = 0;
        for (Path file : files) {
            CheckedFile<FilledForm> checked = checker.checked(file);
            List<Finding> findings = checked.result().findings();
            Map<CellCode, String> named = new HashMap<>();
            for (Finding finding : findings) {
                if (SUGGESTING.contains(finding.ruleId()) && finding.cell().isPresent()
                        && !finding.expected().isEmpty()) {
                    String before = named.putIfAbsent(finding.cell().get(), finding.expected());
                    assertTrue(before == null || before.equals(finding.expected()), file + ": " + finding.cell().get()
                            + " is named " + before + " and " + finding.expected() + " in " + findings);
                }
            }
            if (findings.stream().anyMatch(FindingKind.NO_SMALL_FIX::is)) {
                System.out.println("no small fix: " + file);
                givenUp++;
                continue;
            }
            Map<CellCode, BigDecimal> fixes = new HashMap<>();
            findings.stream().filter(FindingKind.LIKELY_WRONG_CELL::is)
                    .forEach(f -> fixes.put(f.cell().orElseThrow(), new BigDecimal(f.expected())));
            if (fixes.isEmpty() || checked.filled().isEmpty()) {
                continue;
            }
            withFixes++;
            List<Finding> after = Checker.check(fixed(checked.filled().get(), fixes));
            assertEquals(List.of(), after.stream().filter(f -> arithmetic(checked.filled().get(), f)).toList(),
                    file + " with " + fixes + " entered");
        }
        System.out.printf("files %d, with fixes %d, no small fix %d%n", files.size(), withFixes, givenUp);
        assertTrue(withFixes >= 30, "files with suggested figures: " + withFixes);
        assertTrue(givenUp <= withFixes / 10, "files no small fix explains: " + givenUp + " of " + withFixes);
    }

    private static boolean arithmetic(FilledForm filled, Finding finding) {
        return filled.form().singleReportRules().stream().filter(r -> r instanceof SumRule || r instanceof BalanceRule)
                .map(Rule::id).anyMatch(finding.ruleId()::equals);
    }

    /** The form with the figures entered in place of what the cells held. */
    private static FilledForm fixed(FilledForm filled, Map<CellCode, BigDecimal> figures) {
        Map<CellCode, Entry> entries = new HashMap<>(filled.entries());
        figures.forEach((code, figure) -> {
            Entry was = entries.get(code);
            entries.put(code, new Entry(code, was.where(), PrintedValue.read(figure.toPlainString()), Optional.empty(),
                    false));
        });
        return new FilledForm(filled.form(), filled.source(), entries, filled.unit(), filled.year(),
                filled.narrative(), List.of());
    }

    /** Standard workbooks of the seeds, each with one to three entered figures changed (totals stay formulas). */
    private static List<Path> changedWorkbooks() throws Exception {
        List<Path> files = new ArrayList<>();
        TextReportReader reader = TextReportReader.withInstalledLabels(FORMS);
        Random random = new Random(13);
        for (Path seed : Fixtures.seeds()) {
            ExtractedReport report = reader.read(Files.readAllLines(seed));
            List<CellCode> entered = report.form().cells().stream().map(c -> c.code())
                    .filter(c -> !report.form().computedCells().containsKey(c)).toList();
            for (int n = 0; n < 6; n++) {
                Path file = dir.resolve(seed.getFileName() + "-" + n + ".xlsx");
                new WorkbookWriter(report.form()).write(new TemplateOptions(report.unit(), report.year()),
                        new Filling(report.figures(), Map.of(), Map.of(), Map.of()), file, true);
                try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    for (int k = 0; k <= n % 3; k++) {
                        CellCode code = entered.get(random.nextInt(entered.size()));
                        MergeFixtures.cell(workbook, code.toString()).setCellValue(random.nextInt(40));
                    }
                    try (OutputStream out = Files.newOutputStream(file)) {
                        workbook.write(out);
                    }
                }
                files.add(file);
            }
        }
        return files;
    }

}
