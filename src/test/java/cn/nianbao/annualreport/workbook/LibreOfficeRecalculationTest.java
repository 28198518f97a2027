package cn.nianbao.annualreport.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.ValueRule;
import cn.nianbao.annualreport.form.WorkbookParts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fills the standard workbook of each edition with POI, lets LibreOffice Calc recalculate it and reads the cached
 * results it stored: the totals must be the sums, and the 校验 sheet must pass consistent figures and catch a
 * broken balance, overwritten totals, fractions and negative counts.
 *
 * <p>The values POI stores while building are computed for a blank workbook, so every total and check cached in
 * the files we hand to LibreOffice is stale; only a real recalculation can produce the results asserted here.
 * All scenarios of both editions are recalculated in one soffice run.
 */
class LibreOfficeRecalculationTest {

    private static final CellCode CARRIED_FORWARD_NATURAL_PERSON =
            CellCode.parse("requests.carried_forward.natural_person");
    private static final CellCode CARRIED_FORWARD_TOTAL = CellCode.parse("requests.carried_forward.total");
    private static final CellCode GRANTED_TOTAL = CellCode.parse("requests.granted.total");
    private static final CellCode GRANTED_BUSINESS = CellCode.parse("requests.granted.business");
    private static final CellCode NEW_BUSINESS = CellCode.parse("requests.new.business");
    private static final CellCode REVIEW_TOTAL = CellCode.parse("appeals.review.total");
    private static final CellCode SUIT_DIRECT_PENDING = CellCode.parse("appeals.suit_direct.pending");
    private static final long SEED = 20_210_001L;
    private static final double TOLERANCE = 1e-9;
    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static final Predicate<Rule> NON_NEGATIVE_INTEGER = rule -> rule.id().equals("non-negative-integer");

    /** One filled copy of the workbook each. */
    enum Scenario {
        CONSISTENT, BROKEN_BALANCE, WRONG_ROW_TOTAL, WRONG_APPEALS_TOTAL, FRACTION, NEGATIVE
    }

    @TempDir
    static Path dir;

    /** The recalculated copy of each written file, by the written file's name. */
    private static final Map<String, Path> RECALCULATED = new HashMap<>();

    @BeforeAll
    static void recalculateEveryScenarioOfBothEditionsInOneLibreOfficeRun() throws IOException {
        List<Path> written = new ArrayList<>();
        for (String edition : List.of("2021", "2019")) {
            for (Scenario scenario : Scenario.values()) {
                Path file = dir.resolve(fileName(edition, scenario));
                try (XSSFWorkbook workbook = new WorkbookWriter(form(edition)).build(TemplateOptions.BLANK);
                        OutputStream out = Files.newOutputStream(file)) {
                    new PoiWorkbook(form(edition), workbook).fill(typed(edition, scenario));
                    workbook.write(out);
                }
                written.add(file);
            }
        }
        List<Path> recalculated = LibreOfficeCalc.recalculate(written);
        for (int i = 0; i < written.size(); i++) {
            RECALCULATED.put(written.get(i).getFileName().toString(), recalculated.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void consistentFiguresPassEveryCheckAndTotalsComeToTheirSums(String edition) throws IOException {
        FormDefinition form = form(edition);
        Map<CellCode, BigDecimal> figures = typed(edition, Scenario.CONSISTENT);
        assertTrue(form.computedCells().keySet().containsAll(List.of(REVIEW_TOTAL,
                CellCode.parse("appeals.suit_direct.total"), CellCode.parse("appeals.suit_after_review.total"),
                CellCode.parse("requests.new.total"), CellCode.parse("requests.results_total.natural_person"))),
                "computed cells: " + form.computedCells().keySet());
        try (XSSFWorkbook workbook = open(edition, Scenario.CONSISTENT)) {
            PoiWorkbook book = new PoiWorkbook(form, workbook);
            for (CellCode code : form.computedCells().keySet()) {
                Cell cell = book.cell(code.toString());
                assertEquals(CellType.FORMULA, cell.getCellType(), code + " should stay a formula");
                BigDecimal expected = Figures.value(form, code, figures);
                assertTrue(expected.signum() > 0, code + " should be above 0, or a stale cached 0 would pass");
                assertEquals(expected.doubleValue(), book.number(code.toString()), TOLERANCE,
                        code + " = " + cell.getCellFormula());
            }
            List<Check> checks = checks(form, book);
            assertEquals(List.of(), checks.stream().filter(Check::failed).toList(), "failing checks");
            assertTrue(checks.stream().allMatch(c -> c.row().difference() == 0.0), "every difference is 0");
            assertEquals(0.0, failures(form, book));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void carriedForwardOneTooManyFailsTheNaturalPersonBalance(String edition) throws IOException {
        Check naturalPerson = assertFails(edition, Scenario.BROKEN_BALANCE, balanceOf(CARRIED_FORWARD_NATURAL_PERSON),
                balanceOf(CARRIED_FORWARD_NATURAL_PERSON).or(balanceOf(CARRIED_FORWARD_TOTAL)));
        assertEquals("balance", naturalPerson.row().ruleId());
        assertTrue(naturalPerson.row().title().contains("自然人"), naturalPerson.row().title());
        assertEquals(-1.0, naturalPerson.row().difference(), TOLERANCE, "一 + 二 − （七）总计 − 四");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void requestRowTotalOverwrittenWithAWrongNumberFailsItsRowAndColumnSums(String edition) throws IOException {
        Check rowSum = assertFails(edition, Scenario.WRONG_ROW_TOTAL, sumOf(GRANTED_TOTAL),
                rule -> !(rule instanceof ValueRule) && rule.cells().contains(GRANTED_TOTAL));
        assertEquals("row-sum", rowSum.row().ruleId());
        assertEquals(7.0, rowSum.row().difference(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void appealsTotalOverwrittenWithAWrongNumberFailsOnlyItsRowSum(String edition) throws IOException {
        Check rowSum = assertFails(edition, Scenario.WRONG_APPEALS_TOTAL, sumOf(REVIEW_TOTAL), sumOf(REVIEW_TOTAL));
        assertEquals("row-sum", rowSum.row().ruleId());
        assertEquals(-3.0, rowSum.row().difference(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void fractionInACountCellFailsOnlyTheNonNegativeIntegerCheck(String edition) throws IOException {
        // Only the SUMPRODUCT fraction test can see this: nothing is text, negative or out of balance.
        Check counts = assertFails(edition, Scenario.FRACTION, NON_NEGATIVE_INTEGER, NON_NEGATIVE_INTEGER);
        assertTrue(counts.row().difference() >= 1, "cells that are not whole numbers: " + counts.row().difference());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void negativeCountFailsOnlyTheNonNegativeIntegerCheck(String edition) throws IOException {
        Check counts = assertFails(edition, Scenario.NEGATIVE, NON_NEGATIVE_INTEGER, NON_NEGATIVE_INTEGER);
        assertTrue(counts.row().difference() >= 1, "negative cells: " + counts.row().difference());
    }

    /**
     * In the recalculated workbook of a broken scenario, the one check row of the rule {@code which} picks fails,
     * and the failing rows are exactly those of the rules {@code failing} picks, as checks.failures counts.
     */
    private static Check assertFails(String edition, Scenario scenario, Predicate<Rule> which,
            Predicate<Rule> failing) throws IOException {
        FormDefinition form = form(edition);
        try (XSSFWorkbook workbook = open(edition, scenario)) {
            PoiWorkbook book = new PoiWorkbook(form, workbook);
            List<Check> checks = checks(form, book);
            List<Check> picked = checks.stream().filter(c -> which.test(c.rule())).toList();
            assertEquals(1, picked.size(), "picked check rows: " + picked);
            assertTrue(picked.get(0).failed(), picked.get(0).row().toString());
            List<PoiWorkbook.CheckRow> wanted = checks.stream().filter(c -> failing.test(c.rule())).map(Check::row)
                    .toList();
            assertFalse(wanted.isEmpty(), "no rule matched the expectation");
            assertEquals(wanted, checks.stream().filter(Check::failed).map(Check::row).toList(), "failing checks");
            assertTrue(failures(form, book) > 0, "checks.failures should be above 0");
            assertEquals(wanted.size(), failures(form, book), TOLERANCE, "checks.failures");
            return picked.get(0);
        }
    }

    private static Predicate<Rule> sumOf(CellCode total) {
        return rule -> rule instanceof SumRule sum && sum.total().equals(total);
    }

    private static Predicate<Rule> balanceOf(CellCode cell) {
        return rule -> rule instanceof BalanceRule balance && balance.cells().contains(cell);
    }

    // ---- the figures typed into each scenario's workbook ----

    private static FormDefinition form(String edition) {
        return FORMS.edition(edition).orElseThrow();
    }

    private static String fileName(String edition, Scenario scenario) {
        return edition + "-" + scenario.name().toLowerCase() + ".xlsx";
    }

    /** The consistent figures of the edition, with what a clerk typed over them in the scenario. */
    private static Map<CellCode, BigDecimal> typed(String edition, Scenario scenario) {
        FormDefinition form = form(edition);
        Map<CellCode, BigDecimal> figures = new LinkedHashMap<>(Figures.consistent(form, SEED));
        Function<CellCode, BigDecimal> value = code -> Figures.value(form, code, figures);
        BigDecimal fraction = new BigDecimal("2.5");
        figures.putAll(switch (scenario) {
            case CONSISTENT -> Map.of();
            case BROKEN_BALANCE -> Map.of(CARRIED_FORWARD_NATURAL_PERSON, value.apply(CARRIED_FORWARD_NATURAL_PERSON)
                    .add(BigDecimal.ONE));
            case WRONG_ROW_TOTAL -> Map.of(GRANTED_TOTAL, value.apply(GRANTED_TOTAL).add(BigDecimal.valueOf(7)));
            case WRONG_APPEALS_TOTAL -> Map.of(REVIEW_TOTAL, value.apply(REVIEW_TOTAL).subtract(BigDecimal.valueOf(3)));
            // 2.5 in 予以公开; 一、本年新收 moves by the same amount so the column still balances.
            case FRACTION -> Map.of(GRANTED_BUSINESS, fraction,
                    NEW_BUSINESS, value.apply(NEW_BUSINESS).add(fraction).subtract(value.apply(GRANTED_BUSINESS)));
            case NEGATIVE -> Map.of(SUIT_DIRECT_PENDING, BigDecimal.valueOf(-3));
        });
        return figures;
    }

    // ---- reading a recalculated workbook ----

    /** A row of the 校验 sheet and the rule it should show. */
    record Check(Rule rule, PoiWorkbook.CheckRow row, boolean failed) {
    }

    /** The recalculated workbook of a scenario, where every typed figure must still be that number, not a formula. */
    private static XSSFWorkbook open(String edition, Scenario scenario) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(RECALCULATED.get(fileName(edition, scenario)))) {
            workbook = new XSSFWorkbook(in);
        }
        PoiWorkbook book = new PoiWorkbook(form(edition), workbook);
        typed(edition, scenario).forEach((code, value) -> {
            assertEquals(CellType.NUMERIC, book.cell(code.toString()).getCellType(), code + " should stay a number");
            assertEquals(value.doubleValue(), book.number(code.toString()), TOLERANCE, code.toString());
        });
        return workbook;
    }

    /** The rows of the 校验 sheet, one per rule in order, each passed or failed with a number in column G. */
    private static List<Check> checks(FormDefinition form, PoiWorkbook book) {
        List<Rule> rules = form.singleReportRules();
        List<PoiWorkbook.CheckRow> rows = book.checks();
        assertEquals(rules.stream().map(r -> r.id() + " " + r.title()).toList(),
                rows.stream().map(r -> r.ruleId() + " " + r.title()).toList(), "one check row per rule");
        WorkbookParts.Checks parts = form.workbook().checks();
        for (PoiWorkbook.CheckRow row : rows) {
            assertTrue(List.of(parts.passed(), parts.failed()).contains(row.result()), "result of " + row);
            assertFalse(Double.isNaN(row.difference()), "no difference cached for " + row);
        }
        return IntStream.range(0, rows.size()).mapToObj(i -> new Check(rules.get(i), rows.get(i),
                rows.get(i).result().equals(parts.failed()))).toList();
    }

    private static double failures(FormDefinition form, PoiWorkbook book) {
        return book.number(form.workbook().checks().failuresName());
    }
}
