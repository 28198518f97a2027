package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CrossYearRule;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Severity;
import cn.nianbao.annualreport.form.Term;
import cn.nianbao.annualreport.merge.MergeFixtures;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reports of one unit in consecutive years, checked in one batch: each cross-year rule that fails gives a
 * finding about the cell of the later report the rule is about (本年“上年结转”, 本年现行有效件数, 本年上一年项目数量),
 * with the figure printed in the later report as actual and the figure the earlier report implies as expected.
 * Before: {@code in-force-carry} sat on 本年制发件数 and had the two figures swapped.
 */
class CrossYearTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static TextReportReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void reader() throws IOException {
        reader = TextReportReader.withInstalledLabels(FORMS);
    }

    /** A seed's standard workbook as the converter fills it, with the named cells set to the given figures. */
    private Path workbook(String seed, String name, Map<String, Number> cells) throws Exception {
        ExtractedReport report = reader.read(Files.readAllLines(Fixtures.seed(seed), StandardCharsets.UTF_8));
        Path file = dir.resolve(name + ".xlsx");
        new WorkbookWriter(report.form()).write(new TemplateOptions(report.unit(), report.year()),
                new Filling(report.figures(), report.cellNotes(), report.narrative(), report.printedTotalValues()),
                file, true);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            cells.forEach((code, value) -> MergeFixtures.cell(workbook, code).setCellValue(value.doubleValue()));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }


    private static String address(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return workbook.getName(name).getRefersToFormula().replace("$", "");
        }
    }

    /** The cross-year findings of the later file, checked in one batch with the earlier. */
    private static List<Finding> acrossYears(String ruleId, Path later, Path earlier) {
        List<FileResult> results = new BatchChecker(FORMS, reader).check(List.of(later, earlier), 2, (d, t) -> { });
        assertTrue(results.get(1).findings().stream().noneMatch(f -> f.ruleId().equals(ruleId)),
                "the earlier year has nothing before it");
        return results.get(0).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void inForceCarryIsAboutThisYearsInForceCountWithThePrintedFigureAsActual() throws Exception {
        // 上年现行有效 10 + 本年制发 3 − 本年废止 1 = 12, but this year prints 15 in force.
        Path earlier = workbook("001", "2023", Map.of("meta.year", 2023, "active.rules.in_force", 10));
        Path later = workbook("001", "2024", Map.of("active.rules.issued", 3, "active.rules.repealed", 1,
                "active.rules.in_force", 15));
        List<Finding> findings = acrossYears("in-force-carry", later, earlier);
        // the seed's own 行政规范性文件 row, the same in both years, fails too: about its 现行有效件数 as well
        assertEquals(List.of("active.rules.in_force", "active.normative_docs.in_force"),
                findings.stream().map(f -> f.cell().orElseThrow().toString()).toList());
        Finding finding = findings.get(0);
        assertEquals(address(later, "active.rules.in_force"), finding.where().orElseThrow().toString());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("15", finding.actual(), "printed this year");
        assertEquals("12", finding.expected(), "implied by last year's report");
        String message = Messages.of(Locale.CHINESE).render(finding);
        assertTrue(message.contains("现行有效件数）") && message.contains("本年报告为 15")
                && message.contains("推算应为 12"), message);
        assertTrue(Messages.of(Locale.ENGLISH).render(finding).contains("This year's report has 15"));
    }

    @Test
    void inForceCarryHoldsWhenThisYearsCountFollowsFromLastYears() throws Exception {
        Path earlier = workbook("001", "2023", Map.of("meta.year", 2023, "active.rules.in_force", 10,
                "active.normative_docs.in_force", 4));
        Path later = workbook("001", "2024", Map.of("active.rules.issued", 3, "active.rules.repealed", 1,
                "active.rules.in_force", 12, "active.normative_docs.issued", 0, "active.normative_docs.repealed", 4,
                "active.normative_docs.in_force", 0));
        assertEquals(List.of(), acrossYears("in-force-carry", later, earlier));
    }

    @Test
    void lastYearsCarriedForwardPicksTheWrongCellAmongFixesThatTieWithoutIt() throws Exception {
        Path plain = workbook("001", "plain", Map.of());
        int carried;
        try (InputStream in = Files.newInputStream(plain); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            carried = (int) MergeFixtures.cell(workbook, "requests.carried_over.natural_person").getNumericCellValue();
        }
        Path earlier = workbook("001", "2023", Map.of("meta.year", 2023,
                "requests.carried_forward.natural_person", carried));
        Path later = workbook("001", "2024", Map.of("requests.carried_over.natural_person", carried + 1));
        Finding alone = likelyWrong(new BatchChecker(FORMS, reader).check(later));
        assertEquals("tied", alone.args().get("certainty"), "alone, 本年新收, 上年结转 and the rest tie: " + alone);
        List<FileResult> results = new BatchChecker(FORMS, reader).check(List.of(later, earlier), 2, (d, t) -> { });
        Finding beside = likelyWrong(results.get(0));
        assertEquals("requests.carried_over.natural_person", beside.cell().orElseThrow().toString(), beside.toString());
        assertEquals(Integer.toString(carried), beside.expected(), "last year's 结转下年度");
        assertEquals("likely", beside.args().get("certainty"));
    }

    private static Finding likelyWrong(FileResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("likely-wrong-cell")).findFirst()
                .orElseThrow(() -> new AssertionError(result.findings().toString()));
    }

    @Test
    void carryOverIsAboutThisYearsCarriedOverWithLastYearsCarriedForwardAsExpected() throws Exception {
        Path earlier = workbook("001", "2023", Map.of("meta.year", 2023,
                "requests.carried_forward.natural_person", 7));
        Path later = workbook("001", "2024", Map.of("requests.carried_over.natural_person", 2));
        List<Finding> findings = acrossYears("carry-over", later, earlier);
        Finding natural = findings.get(0);
        assertEquals("requests.carried_over.natural_person", natural.cell().orElseThrow().toString());
        assertEquals(address(later, "requests.carried_over.natural_person"), natural.where().orElseThrow().toString());
        assertEquals("2", natural.actual());
        assertEquals("7", natural.expected());
        assertTrue(Messages.of(Locale.CHINESE).render(natural).contains("二、上年结转"),
                Messages.of(Locale.CHINESE).render(natural));
    }

    @Test
    void itemCountCarryIsAboutThisYearsPreviousItemsWithLastYearsCountAndChangeAsExpected() throws Exception {
        // 2019 edition (seed 004, 華陰 2020): 本年“上一年项目数量” should be 上年的上一年项目数量 20 + 上年增/减 −3.
        Path earlier = workbook("004", "2019", Map.of("meta.year", 2019, "active.licensing.prev_items", 20,
                "active.licensing.change", -3));
        Path later = workbook("004", "2020", Map.of("active.licensing.prev_items", 19));
        List<Finding> findings = acrossYears("item-count-carry", later, earlier);
        Finding licensing = findings.stream().filter(f -> f.cell().orElseThrow().toString()
                .equals("active.licensing.prev_items")).findFirst().orElseThrow(() -> new AssertionError(findings));
        assertEquals(address(later, "active.licensing.prev_items"), licensing.where().orElseThrow().toString());
        assertEquals("19", licensing.actual());
        assertEquals("17", licensing.expected());
        assertTrue(findings.stream().allMatch(f -> f.cell().orElseThrow().column().equals("prev_items")),
                findings.toString());
    }

    @Test
    void theTwoPublishedHongzeReportsAgreeAcrossTheYearOnEveryFigureBothPrint() {
        // 洪泽区 2023 and 2024 as published (PDF): each cross-year figure printed in 2024 is what 2023 implies
        List<FileResult> results = new BatchChecker(FORMS, reader).check(List.of(
                Fixtures.realReport("hongze-district-2024"), Fixtures.realReport("hongze-district-2023")), 2,
                (d, t) -> { });
        FileResult later = results.get(0);
        FileResult earlier = results.get(1);
        FormDefinition form = FORMS.edition(later.edition().orElseThrow()).orElseThrow();
        int compared = 0;
        for (CrossYearRule rule : form.crossYearRules()) {
            BigDecimal printed = later.carried().figures().get(rule.subject().code());
            var implied = rule.implied(later.carried().figures(), earlier.carried().figures());
            if (printed != null && implied.isPresent()) {
                assertEquals(0, printed.compareTo(implied.get()), rule.toString());
                compared++;
            }
        }
        assertTrue(compared >= 9, compared + " figures compared");
        assertTrue(later.findings().stream().noneMatch(f -> form.crossYearRules().stream()
                .anyMatch(r -> r.id().equals(f.ruleId()))), later.findings().toString());
    }

    @Test
    void everyCrossYearRuleIsAboutAFigureOfThisYearAndItsImpliedFigureMakesItHold() {
        Map<String, String> columns = Map.of("carry-over", "carried_over", "in-force-carry", "in_force",
                "item-count-carry", "prev_items");
        int rules = 0;
        for (FormDefinition form : FORMS.all()) {
            for (CrossYearRule rule : form.crossYearRules()) {
                Term subject = rule.subject();
                assertTrue(subject.isThisYear(), rule.toString());
                String expectedPart = columns.get(rule.id());
                assertTrue(subject.code().toString().contains("." + expectedPart), rule + " is about " + subject);
                Map<CellCode, BigDecimal> thisYear = new HashMap<>();
                Map<CellCode, BigDecimal> lastYear = new HashMap<>();
                long n = 3;
                for (Term term : rule.cells().stream().map(Term::of).toList()) {
                    thisYear.put(term.code(), BigDecimal.valueOf(n++));
                    lastYear.put(term.code(), BigDecimal.valueOf(n++ * 2));
                }
                BigDecimal implied = rule.implied(thisYear, lastYear).orElseThrow();
                thisYear.put(subject.code(), implied);
                assertEquals(0, sum(rule.left(), thisYear, lastYear).compareTo(sum(rule.right(), thisYear, lastYear)),
                        rule.toString());
                assertTrue(rule.implied(thisYear, Map.of()).isEmpty(), "without last year's report nothing");
                rules++;
            }
        }
        assertTrue(rules >= 3, rules + " cross-year rules");
    }

    @Test
    void aCrossYearRuleWithoutASideOfThisYearAloneIsRefused() {
        CellCode code = CellCode.parse("requests.carried_over.total");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new CrossYearRule(
                "carry-over", Severity.WARNING, "t", List.of(new Term(code, 1, -1)),
                List.of(new Term(code, 1, -1), Term.of(code))));
        assertTrue(refused.getMessage().contains("只含本年"), refused.getMessage());
    }

    private static BigDecimal sum(List<Term> terms, Map<CellCode, BigDecimal> thisYear,
            Map<CellCode, BigDecimal> lastYear) {
        return terms.stream().map(t -> (t.isThisYear() ? thisYear : lastYear).get(t.code())
                .multiply(BigDecimal.valueOf(t.sign()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
