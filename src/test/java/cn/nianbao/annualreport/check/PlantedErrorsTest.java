package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.Term;
import cn.nianbao.annualreport.workbook.Span;
import cn.nianbao.annualreport.workbook.TableLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors planted in real reports whose printed figures all add up: one part cell changed (a typing slip, a figure
 * off by some) or blanked, the printed totals left as they were, and the report published as a web page, as text
 * and as tables pasted into a spreadsheet. Each is read and checked as a user's file is; the localisation must name
 * the planted cell and its original figure whenever a single change is the only single change that explains the
 * failures (in at least 90 % of those cases), and list it among the fixes in every other case. Whether a single
 * change is the only one is decided here by brute force over every cell, apart from the localisation.
 */
class PlantedErrorsTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static final int PLANTS_PER_REPORT = 4;
    private static BatchChecker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void reader() throws IOException {
        checker = new BatchChecker(FORMS, TextReportReader.withInstalledLabels(FORMS));
    }

    /** A report's figures as a careful reader found them: code → figure, absent for a blank. */
    private record Source(String name, String unit, int year, FormDefinition form, Map<CellCode, BigDecimal> cells) {
    }

    /** One planted error: the cell, its figure before, and its figure after (empty for blanked). */
    private record Plant(CellCode code, BigDecimal before, Optional<BigDecimal> after) {
    }

    @Test
    void theLocalisationNamesThePlantedCellWhereOneChangeExplainsAllAndListsItOtherwise() throws IOException {
        int unique = 0;
        int named = 0;
        int others = 0;
        int baselines = 0;
        List<String> missed = new ArrayList<>();
        List<String> notListed = new ArrayList<>();
        List<String> misread = new ArrayList<>();
        for (Source source : consistentReports()) {
            Random random = new Random(source.name().hashCode());
            for (Layout layout : Layout.values()) {
                if (!readsAsExpected(source, layout)) {
                    continue;
                }
                baselines++;
                for (Plant plant : plants(source, random)) {
                    Map<CellCode, BigDecimal> planted = new HashMap<>(source.cells());
                    plant.after().ifPresentOrElse(v -> planted.put(plant.code(), v),
                            () -> planted.remove(plant.code()));
                    Path file = write(source, planted, layout, "planted");
                    CheckedFile<FilledForm> checked = checker.checked(file);
                    FilledForm filled = checked.filled().orElseThrow();
                    if (filled.entries().size() != source.form().cells().size()) {
                        misread.add(source.name() + " " + layout + " " + plant);
                        continue;
                    }
                    List<Finding> findings = checked.result().findings();
                    String what = source.name() + " " + layout + " " + plant;
                    Set<CellCode> single = singleFixes(filled);
                    String address = filled.entries().get(plant.code()).where().describe(Locale.ROOT);
                    String fix = address + "=" + plain(plant.before());
                    if (single.equals(Set.of(plant.code()))) {
                        unique++;
                        if (findings.stream().anyMatch(f -> FindingKind.LIKELY_WRONG_CELL.is(f)
                                && f.cell().equals(Optional.of(plant.code()))
                                && f.expected().equals(plain(plant.before())))) {
                            named++;
                        } else {
                            missed.add(what + " → " + likely(findings));
                        }
                    } else {
                        others++;
                        boolean listed = findings.stream().filter(FindingKind.LIKELY_WRONG_CELL::is).anyMatch(f ->
                                f.cell().equals(Optional.of(plant.code())) && f.expected().equals(plain(plant.before()))
                                || Localised.alternatives(f).stream().anyMatch(a -> List.of(a.split(", "))
                                        .contains(fix)));
                        if (!listed) {
                            notListed.add(what + " (single fixes " + single + ") → " + likely(findings));
                        }
                    }
                }
            }
        }
        System.out.printf("planted: baselines %d, unique %d, named %d, others %d, misread %d%n", baselines, unique,
                named, others, misread.size());
        assertTrue(baselines >= 20, "reports read exactly in some layout: " + baselines);
        assertTrue(misread.size() <= (unique + others) / 20, "plants that changed how the tables read: " + misread);
        assertTrue(unique >= 60, "plants a single change alone explains: " + unique);
        assertTrue(named >= 0.9 * unique, "named " + named + " of " + unique + "; missed: " + missed);
        assertEquals(List.of(), notListed, "of " + others + " other plants, not listed among the fixes");
    }

    private static String likely(List<Finding> findings) {
        return findings.stream().filter(f -> FindingKind.LIKELY_WRONG_CELL.is(f)
                || FindingKind.NO_SMALL_FIX.is(f)).map(f -> f.ruleId() + ":" + f.cell().map(Object::toString)
                .orElse("") + "=" + f.expected() + " " + Localised.alternatives(f)).toList().toString();
    }

    /**
     * The real reports of the tests whose every cell was found and whose figures satisfy every rule: every sixth
     * of them, or all with {@code -Dplanted.all=true} (about 100 reports, 1,200 plants, a minute and a half).
     */
    private static List<Source> consistentReports() throws IOException {
        List<Source> sources = new ArrayList<>();
        List<Path> cases = Fixtures.cases();
        int step = Boolean.getBoolean("planted.all") ? 1 : 6;
        for (int i = 0; i < cases.size(); i += step) {
            Path dir = cases.get(i);
            JsonNode root = new ObjectMapper().readTree(dir.resolve(Fixtures.EXPECTED).toFile());
            FormDefinition form = FORMS.edition(root.get("edition").asText()).orElseThrow();
            if (form.variant().isPresent() || !root.has("unit") || root.get("unit").asText().isBlank()) {
                continue;
            }
            Map<CellCode, BigDecimal> cells = new TreeMap<>();
            root.get("cells").properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    cells.put(CellCode.parse(e.getKey()), e.getValue().decimalValue());
                }
            });
            if (root.get("cells").size() == form.cells().size() && holds(form, cells)) {
                sources.add(new Source(dir.getFileName().toString(), root.get("unit").asText(),
                        root.get("year").asInt(), form, cells));
            }
        }
        return sources;
    }

    private static boolean holds(FormDefinition form, Map<CellCode, BigDecimal> cells) {
        return form.singleReportRules().stream().allMatch(rule -> residual(rule, cells).signum() == 0);
    }

    /** What a sum or balance misses by (0 when it holds, and for the other rules); a blank counts as 0. */
    private static BigDecimal residual(Rule rule, Map<CellCode, BigDecimal> cells) {
        if (rule instanceof SumRule sum) {
            return sum.parts().stream().map(c -> cells.getOrDefault(c, BigDecimal.ZERO))
                    .reduce(cells.getOrDefault(sum.total(), BigDecimal.ZERO).negate(), BigDecimal::add);
        } else if (rule instanceof BalanceRule balance) {
            return side(balance.left(), cells).subtract(side(balance.right(), cells));
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal side(List<Term> terms, Map<CellCode, BigDecimal> cells) {
        return terms.stream().map(t -> cells.getOrDefault(t.code(), BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(t.sign()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Every cell whose change alone, to a whole non-negative figure, makes every sum and balance hold: the change
     * the first failing rule needs from that cell, tried against all rules.
     */
    private static Set<CellCode> singleFixes(FilledForm filled) {
        Map<CellCode, BigDecimal> figures = new HashMap<>();
        filled.entries().forEach((code, entry) -> figures.put(code, entry.value().orElse(BigDecimal.ZERO)));
        List<Rule> failing = filled.form().singleReportRules().stream()
                .filter(rule -> residual(rule, figures).signum() != 0).toList();
        Set<CellCode> fixes = new HashSet<>();
        for (CellCode code : figures.keySet()) {
            if (failing.isEmpty() || !failing.stream().allMatch(rule -> rule.cells().contains(code))) {
                continue;
            }
            Rule first = failing.get(0);
            Map<CellCode, BigDecimal> plusOne = new HashMap<>(figures);
            plusOne.put(code, figures.get(code).add(BigDecimal.ONE));
            BigDecimal perUnit = residual(first, plusOne).subtract(residual(first, figures));
            if (perUnit.signum() == 0) {
                continue;
            }
            BigDecimal after = figures.get(code).subtract(residual(first, figures).divide(perUnit));
            Map<CellCode, BigDecimal> changed = new HashMap<>(figures);
            changed.put(code, after);
            if (after.signum() >= 0 && after.stripTrailingZeros().scale() <= 0 && holds(filled.form(), changed)) {
                fixes.add(code);
            }
        }
        return fixes;
    }

    /** Up to four plants in the cells that are not totals: two figures changed, two blanked (of those not 0). */
    private static List<Plant> plants(Source source, Random random) {
        Set<CellCode> totals = source.form().computedCells().keySet();
        List<CellDef> parts = source.form().cells().stream().filter(c -> !totals.contains(c.code()))
                .filter(c -> !c.table().code().equals("active")).toList();
        List<Plant> plants = new ArrayList<>();
        for (int i = 0; i < PLANTS_PER_REPORT * 20 && plants.size() < PLANTS_PER_REPORT; i++) {
            CellCode code = parts.get(random.nextInt(parts.size())).code();
            BigDecimal before = source.cells().getOrDefault(code, BigDecimal.ZERO);
            if (plants.size() % 2 == 1) {
                if (before.signum() > 0) {
                    plants.add(new Plant(code, before, Optional.empty()));
                }
            } else {
                BigDecimal after = switch (random.nextInt(3)) {
                    case 0 -> before.add(BigDecimal.ONE);
                    case 1 -> before.multiply(BigDecimal.TEN);
                    default -> before.add(BigDecimal.valueOf(2 + random.nextInt(30)));
                };
                if (after.compareTo(before) != 0) {
                    plants.add(new Plant(code, before, Optional.of(after)));
                }
            }
        }
        return plants;
    }

    /** Whether the report, as laid out, reads back exactly as the careful reader found it. */
    private boolean readsAsExpected(Source source, Layout layout) throws IOException {
        CheckedFile<FilledForm> checked = checker.checked(write(source, source.cells(), layout, "as-found"));
        if (checked.filled().isEmpty()) {
            return false;
        }
        Map<CellCode, BigDecimal> read = new TreeMap<>();
        checked.filled().get().entries().forEach((code, entry) -> entry.value().ifPresent(v -> read.put(code, v)));
        Map<CellCode, BigDecimal> nonZero = new TreeMap<>();
        source.cells().forEach((code, v) -> nonZero.put(code, v));
        return checked.filled().get().form().edition().equals(source.form().edition())
                && checked.filled().get().entries().size() == source.form().cells().size()
                && plainAll(read).equals(plainAll(nonZero));
    }

    private static Map<CellCode, String> plainAll(Map<CellCode, BigDecimal> cells) {
        return cells.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> plain(e.getValue()),
                (a, b) -> a, TreeMap::new));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** How a report is published. */
    private enum Layout {
        WEB_PAGE,
        TEXT,
        SPREADSHEET
    }

    private Path write(Source source, Map<CellCode, BigDecimal> cells, Layout layout, String name)
            throws IOException {
        String title = source.unit() + source.year() + "年政府信息公开工作年度报告";
        List<TableLayout> tables = source.form().tables().stream().map(TableLayout::of).toList();
        switch (layout) {
            case WEB_PAGE -> {
                StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><h1>")
                        .append(title).append("</h1><p>一、总体情况</p><p>依法公开。</p>");
                for (TableLayout table : tables) {
                    html.append("<p>").append(table.table().title()).append("</p><table border=\"1\">");
                    for (int row = 1; row <= lastRow(table); row++) {
                        html.append("<tr>");
                        for (Span span : inRow(table, row)) {
                            if (span.firstRow() == row) {
                                html.append("<td rowspan=\"").append(span.lastRow() - span.firstRow() + 1)
                                        .append("\" colspan=\"").append(span.lastColumn() - span.firstColumn() + 1)
                                        .append("\">").append(text(span, cells)).append("</td>");
                            }
                        }
                        html.append("</tr>");
                    }
                    html.append("</table>");
                }
                html.append("<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>");
                return Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
            }
            case TEXT -> {
                StringBuilder text = new StringBuilder(title).append("\n一、总体情况\n依法公开。\n");
                for (TableLayout table : tables) {
                    text.append(table.table().title()).append('\n');
                    for (int row = 1; row <= lastRow(table); row++) {
                        final int r = row;
                        text.append(inRow(table, row).stream().filter(s -> s.firstRow() == r)
                                .map(s -> text(s, cells)).collect(Collectors.joining("\t"))).append('\n');
                    }
                }
                text.append("五、存在的主要问题及改进情况\n无。\n");
                return Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            }
            default -> {
                Path file = dir.resolve(name + ".xlsx");
                try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                    Sheet sheet = workbook.createSheet("Sheet1");
                    int r = 0;
                    sheet.createRow(r++).createCell(0).setCellValue(title);
                    for (TableLayout table : tables) {
                        sheet.createRow(r++).createCell(0).setCellValue(table.table().title());
                        int origin = r - 1;
                        for (Span span : table.spans()) {
                            if (span.role() == Span.Role.TITLE) {
                                continue;
                            }
                            int first = origin + span.firstRow();
                            Row row = sheet.getRow(first) == null ? sheet.createRow(first) : sheet.getRow(first);
                            String value = text(span, cells);
                            if (span.code().isPresent() && !value.isEmpty()) {
                                row.createCell(span.firstColumn()).setCellValue(new BigDecimal(value).doubleValue());
                            } else {
                                row.createCell(span.firstColumn()).setCellValue(value);
                            }
                            if (span.isMerged()) {
                                sheet.addMergedRegion(new CellRangeAddress(first, origin + span.lastRow(),
                                        span.firstColumn(), span.lastColumn()));
                            }
                        }
                        r = origin + lastRow(table) + 1;
                    }
                    workbook.write(out);
                }
                return file;
            }
        }
    }

    private static String text(Span span, Map<CellCode, BigDecimal> cells) {
        return span.code().map(c -> Optional.ofNullable(cells.get(c)).map(PlantedErrorsTest::plain).orElse(""))
                .orElse(span.text());
    }

    private static List<Span> inRow(TableLayout layout, int row) {
        return layout.spans().stream().filter(s -> s.firstRow() <= row && s.lastRow() >= row)
                .sorted(Comparator.comparingInt(Span::firstColumn)).toList();
    }

    private static int lastRow(TableLayout layout) {
        return layout.spans().stream().mapToInt(Span::lastRow).max().orElse(0);
    }
}
