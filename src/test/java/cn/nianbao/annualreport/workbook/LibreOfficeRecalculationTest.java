package cn.nianbao.annualreport.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.Term;
import cn.nianbao.annualreport.form.ValueKind;
import cn.nianbao.annualreport.form.ValueRule;
import cn.nianbao.annualreport.form.WorkbookParts;

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

    private static final CellCode CARRIED_FORWARD_NATURAL_PERSON = CellCode.parse("requests.carried_forward.natural_person");
    private static final CellCode CARRIED_FORWARD_TOTAL = CellCode.parse("requests.carried_forward.total");
    private static final CellCode GRANTED_TOTAL = CellCode.parse("requests.granted.total");
    private static final CellCode GRANTED_BUSINESS = CellCode.parse("requests.granted.business");
    private static final CellCode NEW_BUSINESS = CellCode.parse("requests.new.business");
    private static final CellCode REVIEW_TOTAL = CellCode.parse("appeals.review.total");
    private static final CellCode SUIT_DIRECT_PENDING = CellCode.parse("appeals.suit_direct.pending");
    private static final int FIRST_RULE_ROW = 4;
    private static final double TOLERANCE = 1e-9;

    /** One filled copy of the workbook each. */
    enum Scenario {
        CONSISTENT, BROKEN_BALANCE, WRONG_ROW_TOTAL, WRONG_APPEALS_TOTAL, FRACTION, NEGATIVE
    }

    /** The figures of one edition: what was typed, and what each computed cell must come to. */
    record Figures(Map<CellCode, Double> inputs, Map<CellCode, Double> expected) {
    }

    @TempDir
    static Path dir;

    private static final Map<String, FormDefinition> FORMS = new HashMap<>();
    private static final Map<String, Figures> FIGURES = new HashMap<>();
    private static final Map<String, Map<Scenario, Path>> RECALCULATED = new HashMap<>();

    @BeforeAll
    static void recalculateEveryScenarioOfBothEditionsInOneLibreOfficeRun() throws IOException {
        List<Path> written = new ArrayList<>();
        Map<Path, String> editionOf = new LinkedHashMap<>();
        Map<Path, Scenario> scenarioOf = new LinkedHashMap<>();
        long seed = 20_210_001L;
        for (String edition : List.of("2021", "2019")) {
            FormDefinition form = FormDefinitions.load().edition(edition).orElseThrow();
            Figures figures = consistentFigures(form, new Random(seed++));
            FORMS.put(edition, form);
            FIGURES.put(edition, figures);
            for (Scenario scenario : Scenario.values()) {
                Path file = dir.resolve(edition + "-" + scenario.name().toLowerCase() + ".xlsx");
                try (XSSFWorkbook workbook = new WorkbookWriter(form).build(TemplateOptions.BLANK);
                        OutputStream out = Files.newOutputStream(file)) {
                    figures.inputs().forEach((code, value) -> cell(workbook, code).setCellValue(value));
                    apply(scenario, workbook, figures);
                    workbook.write(out);
                }
                written.add(file);
                editionOf.put(file, edition);
                scenarioOf.put(file, scenario);
            }
        }
        List<Path> recalculated = LibreOfficeCalc.recalculate(written);
        for (int i = 0; i < written.size(); i++) {
            Path source = written.get(i);
            RECALCULATED.computeIfAbsent(editionOf.get(source), e -> new EnumMap<>(Scenario.class))
                    .put(scenarioOf.get(source), recalculated.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void consistentFiguresPassEveryCheckAndTotalsComeToTheirSums(String edition) throws IOException {
        FormDefinition form = FORMS.get(edition);
        Figures figures = FIGURES.get(edition);
        Map<CellCode, SumRule> computed = form.computedCells();
        assertTrue(computed.keySet().containsAll(List.of(CellCode.parse("appeals.review.total"),
                CellCode.parse("appeals.suit_direct.total"), CellCode.parse("appeals.suit_after_review.total"),
                CellCode.parse("requests.new.total"), CellCode.parse("requests.results_total.natural_person"))),
                "computed cells: " + computed.keySet());
        try (Workbook workbook = open(edition, Scenario.CONSISTENT)) {
            for (Map.Entry<CellCode, Double> input : figures.inputs().entrySet()) {
                Cell cell = cell(workbook, input.getKey());
                assertEquals(CellType.NUMERIC, cell.getCellType(), input.getKey() + " should stay a typed number");
                assertEquals(input.getValue(), cell.getNumericCellValue(), TOLERANCE, input.getKey().toString());
            }
            for (CellCode code : computed.keySet()) {
                Cell cell = cell(workbook, code);
                assertEquals(CellType.FORMULA, cell.getCellType(), code + " should stay a formula");
                double expected = figures.expected().get(code);
                assertNotEquals(0.0, expected, code + " should not be zero, or a stale cached 0 would pass");
                assertEquals(expected, cachedNumber(cell, code.toString()), TOLERANCE,
                        code + " = " + cell.getCellFormula());
            }
            List<CheckRow> checks = checkRows(workbook, form);
            assertEquals(List.of(), checks.stream().filter(CheckRow::failed).toList(), "failing checks");
            assertTrue(checks.stream().allMatch(row -> row.result().equals(passed(form))), "every check passes");
            assertTrue(checks.stream().allMatch(row -> row.difference() == 0.0), "every difference is 0");
            assertEquals(0.0, failures(workbook, form));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void carriedForwardOneTooManyFailsTheNaturalPersonBalance(String edition) throws IOException {
        FormDefinition form = FORMS.get(edition);
        try (Workbook workbook = open(edition, Scenario.BROKEN_BALANCE)) {
            List<CheckRow> checks = checkRows(workbook, form);
            CheckRow naturalPerson = only(checks, row -> row.rule() instanceof BalanceRule balance
                    && balance.cells().contains(CARRIED_FORWARD_NATURAL_PERSON));
            assertEquals("balance", naturalPerson.id());
            assertTrue(naturalPerson.title().contains("自然人"), naturalPerson.title());
            assertEquals(failed(form), naturalPerson.result());
            assertEquals(-1.0, naturalPerson.difference(), TOLERANCE, "一 + 二 − （七）总计 − 四");
            assertFailing(workbook, form, checks, rule -> rule instanceof BalanceRule balance
                    && (balance.cells().contains(CARRIED_FORWARD_NATURAL_PERSON)
                            || balance.cells().contains(CARRIED_FORWARD_TOTAL)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void requestRowTotalOverwrittenWithAWrongNumberFailsItsRowSum(String edition) throws IOException {
        FormDefinition form = FORMS.get(edition);
        try (Workbook workbook = open(edition, Scenario.WRONG_ROW_TOTAL)) {
            Cell total = cell(workbook, GRANTED_TOTAL);
            assertEquals(CellType.NUMERIC, total.getCellType(), "the formula was replaced by a number");
            assertEquals(FIGURES.get(edition).expected().get(GRANTED_TOTAL) + 7, total.getNumericCellValue());
            List<CheckRow> checks = checkRows(workbook, form);
            CheckRow rowSum = only(checks, row -> row.rule() instanceof SumRule sum && sum.total().equals(GRANTED_TOTAL));
            assertEquals("row-sum", rowSum.id());
            assertEquals(failed(form), rowSum.result());
            assertEquals(7.0, rowSum.difference(), TOLERANCE);
            assertFailing(workbook, form, checks, rule -> !(rule instanceof ValueRule)
                    && rule.cells().contains(GRANTED_TOTAL));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void appealsTotalOverwrittenWithAWrongNumberFailsItsRowSum(String edition) throws IOException {
        FormDefinition form = FORMS.get(edition);
        try (Workbook workbook = open(edition, Scenario.WRONG_APPEALS_TOTAL)) {
            Cell total = cell(workbook, REVIEW_TOTAL);
            assertEquals(CellType.NUMERIC, total.getCellType(), "the formula was replaced by a number");
            List<CheckRow> checks = checkRows(workbook, form);
            CheckRow rowSum = only(checks, row -> row.rule() instanceof SumRule sum && sum.total().equals(REVIEW_TOTAL));
            assertEquals("row-sum", rowSum.id());
            assertEquals(failed(form), rowSum.result());
            assertEquals(-3.0, rowSum.difference(), TOLERANCE);
            assertFailing(workbook, form, checks, rule -> rule == rowSum.rule());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void fractionInACountCellFailsTheNonNegativeIntegerCheck(String edition) throws IOException {
        FormDefinition form = FORMS.get(edition);
        try (Workbook workbook = open(edition, Scenario.FRACTION)) {
            assertEquals(2.5, cell(workbook, GRANTED_BUSINESS).getNumericCellValue());
            List<CheckRow> checks = checkRows(workbook, form);
            CheckRow counts = nonNegativeIntegers(checks);
            assertEquals(failed(form), counts.result());
            assertTrue(counts.difference() >= 1, "cells that are not whole numbers: " + counts.difference());
            // Only the SUMPRODUCT fraction test can see this: nothing is text, negative or out of balance.
            assertFailing(workbook, form, checks, rule -> rule == counts.rule());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2019"})
    void negativeCountFailsTheNonNegativeIntegerCheck(String edition) throws IOException {
        FormDefinition form = FORMS.get(edition);
        try (Workbook workbook = open(edition, Scenario.NEGATIVE)) {
            assertEquals(-3.0, cell(workbook, SUIT_DIRECT_PENDING).getNumericCellValue());
            List<CheckRow> checks = checkRows(workbook, form);
            CheckRow counts = nonNegativeIntegers(checks);
            assertEquals(failed(form), counts.result());
            assertTrue(counts.difference() >= 1, "negative cells: " + counts.difference());
            assertFailing(workbook, form, checks, rule -> rule == counts.rule());
        }
    }

    // ---- building the figures ----

    /**
     * Random non-zero figures for every input cell, with 一、本年新收 of each applicant column chosen so that
     * 一 + 二 = （七）总计 + 四; every total is then the sum of its parts.
     */
    private static Figures consistentFigures(FormDefinition form, Random random) {
        Map<CellCode, SumRule> computed = form.computedCells();
        Map<CellCode, Double> inputs = new LinkedHashMap<>();
        for (CellDef cell : form.cells()) {
            if (!computed.containsKey(cell.code())) {
                inputs.put(cell.code(), randomValue(cell.kind(), random));
            }
        }
        for (Rule rule : form.singleReportRules()) {
            if (rule instanceof BalanceRule balance) {
                Term unknown = balance.left().stream().filter(t -> inputs.containsKey(t.code())).findFirst()
                        .orElse(null);
                if (unknown == null) {
                    continue; // the 总计 column: all its cells are sums, it balances when the columns do
                }
                double others = side(balance.left(), inputs, computed) - unknown.sign() * inputs.get(unknown.code());
                double value = (side(balance.right(), inputs, computed) - others) / unknown.sign();
                if (value <= 0) {
                    throw new IllegalStateException("figures would need " + unknown.code() + " = " + value);
                }
                inputs.put(unknown.code(), value);
            }
        }
        Map<CellCode, Double> expected = new LinkedHashMap<>();
        computed.keySet().forEach(code -> expected.put(code, value(code, inputs, computed)));
        for (Rule rule : form.singleReportRules()) {
            if (rule instanceof SumRule sum) {
                double parts = sum.parts().stream().mapToDouble(c -> value(c, inputs, computed)).sum();
                assertEquals(value(sum.total(), inputs, computed), parts, TOLERANCE, "figures break " + rule.title());
            } else if (rule instanceof BalanceRule balance) {
                assertEquals(side(balance.left(), inputs, computed), side(balance.right(), inputs, computed),
                        TOLERANCE, "figures break " + rule.title());
            }
        }
        return new Figures(Map.copyOf(inputs), Map.copyOf(expected));
    }

    /** 1–9 for counts, a two-decimal amount for 万元, a non-zero signed integer for changes. */
    private static double randomValue(ValueKind kind, Random random) {
        boolean signed = kind.minimum().isEmpty();
        if (!kind.integer()) {
            return (1 + random.nextInt(99_999)) / 100.0;
        }
        int magnitude = 1 + random.nextInt(9);
        return signed && random.nextBoolean() ? -magnitude : magnitude;
    }

    private static double side(List<Term> terms, Map<CellCode, Double> inputs, Map<CellCode, SumRule> computed) {
        return terms.stream().mapToDouble(t -> t.sign() * value(t.code(), inputs, computed)).sum();
    }

    /** A typed value, or the sum its formula computes. */
    private static double value(CellCode code, Map<CellCode, Double> inputs, Map<CellCode, SumRule> computed) {
        SumRule rule = computed.get(code);
        if (rule == null) {
            return inputs.getOrDefault(code, 0.0);
        }
        return rule.parts().stream().mapToDouble(part -> value(part, inputs, computed)).sum();
    }

    private static void apply(Scenario scenario, Workbook workbook, Figures figures) {
        switch (scenario) {
            case CONSISTENT -> {
            }
            case BROKEN_BALANCE -> cell(workbook, CARRIED_FORWARD_NATURAL_PERSON)
                    .setCellValue(figures.inputs().get(CARRIED_FORWARD_NATURAL_PERSON) + 1);
            case WRONG_ROW_TOTAL -> overwrite(cell(workbook, GRANTED_TOTAL),
                    figures.expected().get(GRANTED_TOTAL) + 7);
            case WRONG_APPEALS_TOTAL -> overwrite(cell(workbook, REVIEW_TOTAL), figures.expected().get(REVIEW_TOTAL) - 3);
            case FRACTION -> {
                // 2.5 in 予以公开; 一、本年新收 moves by the same amount so the column still balances.
                double shift = 2.5 - figures.inputs().get(GRANTED_BUSINESS);
                cell(workbook, GRANTED_BUSINESS).setCellValue(2.5);
                cell(workbook, NEW_BUSINESS).setCellValue(figures.inputs().get(NEW_BUSINESS) + shift);
            }
            case NEGATIVE -> cell(workbook, SUIT_DIRECT_PENDING).setCellValue(-3);
            default -> throw new IllegalArgumentException(scenario.name());
        }
    }

    /** Replaces a total's formula by a constant, as a clerk typing over it would. */
    private static void overwrite(Cell cell, double value) {
        assertEquals(CellType.FORMULA, cell.getCellType(), "a total should be a formula before it is overwritten");
        cell.removeFormula();
        cell.setCellValue(value);
    }

    // ---- reading the recalculated workbook ----

    /** One row of the 校验 sheet, with the rule it should show. */
    record CheckRow(int excelRow, Rule rule, String id, String title, double difference, String result,
            boolean failed) {
    }

    private static Workbook open(String edition, Scenario scenario) throws IOException {
        Path file = RECALCULATED.get(edition).get(scenario);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The rows of the 校验 sheet from Excel row 5 down, checked against the edition's rules in order. */
    private static List<CheckRow> checkRows(Workbook workbook, FormDefinition form) {
        WorkbookParts.Checks parts = form.workbook().checks();
        Sheet sheet = workbook.getSheet(parts.sheet());
        List<Rule> rules = form.singleReportRules();
        List<CheckRow> rows = new ArrayList<>();
        for (int r = FIRST_RULE_ROW; ; r++) {
            Row row = sheet.getRow(r);
            Cell idCell = row == null ? null : row.getCell(1);
            if (idCell == null || idCell.getCellType() != CellType.STRING || idCell.getStringCellValue().isBlank()) {
                break;
            }
            int index = r - FIRST_RULE_ROW;
            assertTrue(index < rules.size(), "more check rows than rules");
            Rule rule = rules.get(index);
            String id = idCell.getStringCellValue();
            String title = row.getCell(2).getStringCellValue();
            assertEquals(rule.id(), id, "rule id in row " + (r + 1));
            assertEquals(rule.title(), title, "rule title in row " + (r + 1));
            String where = parts.sheet() + "!G" + (r + 1) + " (" + title + ")";
            double difference = cachedNumber(row.getCell(6), where);
            String result = cachedString(row.getCell(7), parts.sheet() + "!H" + (r + 1) + " (" + title + ")");
            assertTrue(result.equals(parts.passed()) || result.equals(parts.failed()), where + ": " + result);
            rows.add(new CheckRow(r + 1, rule, id, title, difference, result, result.equals(parts.failed())));
        }
        assertEquals(rules.size(), rows.size(), "one check row per rule");
        return rows;
    }

    private static double failures(Workbook workbook, FormDefinition form) {
        String name = form.workbook().checks().failuresName();
        return cachedNumber(cell(workbook, name), name);
    }

    /** The failing rows are exactly those of the expected rules, and checks.failures counts them. */
    private static void assertFailing(Workbook workbook, FormDefinition form, List<CheckRow> checks,
            Predicate<Rule> expected) {
        Set<String> wanted = checks.stream().filter(row -> expected.test(row.rule()))
                .map(row -> row.id() + " " + row.title()).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> failing = checks.stream().filter(CheckRow::failed).map(row -> row.id() + " " + row.title())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertFalse(wanted.isEmpty(), "no rule matched the expectation");
        assertEquals(wanted, failing, "failing checks");
        double count = failures(workbook, form);
        assertTrue(count > 0, "checks.failures should be above 0");
        assertEquals(wanted.size(), count, TOLERANCE, "checks.failures");
    }

    private static CheckRow only(List<CheckRow> checks, Predicate<CheckRow> which) {
        List<CheckRow> matching = checks.stream().filter(which).toList();
        assertEquals(1, matching.size(), "matching check rows: " + matching);
        return matching.get(0);
    }

    private static CheckRow nonNegativeIntegers(List<CheckRow> checks) {
        return only(checks, row -> row.id().equals("non-negative-integer"));
    }

    private static String passed(FormDefinition form) {
        return form.workbook().checks().passed();
    }

    private static String failed(FormDefinition form) {
        return form.workbook().checks().failed();
    }

    private static Cell cell(Workbook workbook, CellCode code) {
        return cell(workbook, code.toString());
    }

    /** The cell a workbook-level defined name points at. */
    private static Cell cell(Workbook workbook, String name) {
        Name defined = workbook.getName(name);
        if (defined == null) {
            fail("no defined name " + name);
        }
        AreaReference area = new AreaReference(defined.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
        CellReference ref = area.getFirstCell();
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        if (cell == null) {
            fail(name + " → " + defined.getRefersToFormula() + " has no cell");
        }
        return cell;
    }

    /** The number LibreOffice cached for a formula (or a plain number); never evaluated by POI. */
    private static double cachedNumber(Cell cell, String what) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type != CellType.NUMERIC) {
            fail(what + " should hold a number but holds " + type + describe(cell));
        }
        return cell.getNumericCellValue();
    }

    private static String cachedString(Cell cell, String what) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type != CellType.STRING) {
            fail(what + " should hold text but holds " + type + describe(cell));
        }
        return cell.getStringCellValue();
    }

    private static String describe(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? " (formula " + cell.getCellFormula() + ")" : "";
    }
}
