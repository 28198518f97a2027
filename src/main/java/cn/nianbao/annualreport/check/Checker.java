package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.Severity;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.Term;
import cn.nianbao.annualreport.form.ValueKind;

/**
 * Checks one filled form against its edition: format of every cell, formulas left in place, every sum and balance
 * recomputed from the entered figures (cached formula results are never trusted), the unit and year, and, for a
 * published report, what its text says against its tables. A blank cell counts as 0 in the sums, as in a
 * spreadsheet, and is reported; a rule over a cell that holds text is not judged (the text is reported).
 */
public final class Checker {

    private Checker() {
    }

    /**
     * Every finding for the form, file-level findings first, then in the order of the form's cells; failed sums and
     * balances are explained by the cells most likely wrong ({@link ErrorLocalisation}).
     */
    public static List<Finding> check(FilledForm filled) {
        return check(filled, true, Map.of());
    }

    /**
     * Every finding for the form, with failed sums and balances explained or, for {@code localise} false, not; the
     * localisation also weighs the figures last year's report implies for cells of this one ({@code lastYear}: 上年结转
     * from last year's 结转下年度, 现行有效件数 carried on).
     */
    static List<Finding> check(FilledForm filled, boolean localise, Map<CellCode, BigDecimal> lastYear) {
        List<Finding> findings = new ArrayList<>(filled.findings());
        findings.addAll(metadata(filled));
        Map<CellCode, BigDecimal> values = new HashMap<>();
        Map<CellCode, SumRule> computed = filled.form().computedCells();
        for (CellDef cell : filled.form().cells()) {
            Entry entry = filled.entries().get(cell.code());
            if (entry != null) {
                findings.addAll(cellFindings(filled, cell, entry, computed.containsKey(cell.code())));
                if (entry.isBlank()) {
                    values.put(cell.code(), BigDecimal.ZERO);
                }
                entry.value().ifPresent(v -> values.put(cell.code(), v));
            }
        }
        Map<CellCode, BigDecimal> figures = recomputed(filled, values);
        List<Finding> failed = new ArrayList<>();
        for (Rule rule : filled.form().singleReportRules()) {
            if (rule instanceof SumRule sum) {
                sumFinding(filled, sum, figures).ifPresent(failed::add);
            } else if (rule instanceof BalanceRule balance) {
                balanceFinding(filled, balance, figures).ifPresent(failed::add);
            }
        }
        List<Finding> narrative = filled.source() == FilledForm.Source.REPORT
                ? NarrativeCheck.check(filled.form().narrative(), filled.narrative(), figures) : List.of();
        findings.addAll(failed);
        findings.addAll(narrative);
        if (localise && !failed.isEmpty()) {
            Map<CellCode, BigDecimal> stated = new HashMap<>(Localised.stated(narrative));
            stated.putAll(lastYear);
            findings = Localised.findings(filled, findings, ErrorLocalisation.causes(filled, values, stated));
        }
        return ordered(filled.form(), BlankCells.grouped(filled, findings));
    }

    /**
     * The figures the rules see: what was entered, with every total that is still a formula recomputed from its
     * parts, as a spreadsheet would.
     */
    static Map<CellCode, BigDecimal> recomputed(FilledForm filled, Map<CellCode, BigDecimal> entered) {
        Map<CellCode, BigDecimal> figures = new HashMap<>(entered);
        Map<CellCode, SumRule> computed = filled.form().computedCells();
        for (CellCode code : computed.keySet()) {
            Entry entry = filled.entries().get(code);
            if (filled.source() == FilledForm.Source.WORKBOOK && entry != null && entry.formula()) {
                figures.put(code, filled.form().computed(code, entered));
            }
        }
        return figures;
    }

    private static List<Finding> metadata(FilledForm filled) {
        List<Finding> findings = new ArrayList<>();
        FormDefinition form = filled.form();
        if (filled.unit().map(String::isBlank).orElse(true)) {
            findings.add(Finding.error(FindingKind.UNIT_MISSING, Map.of()));
        }
        Optional<ReportYear> year = filled.reportYear();
        if (year.isEmpty()) {
            findings.add(Finding.error(FindingKind.YEAR_MISSING, Map.of()).values("", filled.year().orElse("")));
        } else if (year.get().value() < form.firstYear()) {
            findings.add(Finding.error(FindingKind.EDITION_YEAR_MISMATCH, Map.of("year", year.get().toString(),
                    "edition", form.edition(), "first", Integer.toString(form.firstYear()))));
        } else {
            form.oldEdition(year.get()).ifPresent(findings::add);
        }
        return findings;
    }

    private static List<Finding> cellFindings(FilledForm filled, CellDef cell, Entry entry, boolean computed) {
        List<Finding> findings = new ArrayList<>();
        if (computed && filled.source() == FilledForm.Source.WORKBOOK) {
            if (!entry.formula()) {
                findings.add(at(Finding.error(FindingKind.FORMULA_OVERWRITTEN, Map.of("title", cell.title())), entry)
                        .values("公式", entry.raw()));
            }
            if (entry.formula() || entry.isBlank()) {
                return findings;
            }
        }
        if (entry.format().isPresent()) {
            findings.add(at(Finding.error(entry.format().get(), Map.of("title", cell.title())), entry)
                    .values(entry.value().map(BigDecimal::toPlainString).orElse(""), entry.raw()));
        } else if (entry.isBlank()) {
            Map<String, String> title = Map.of("title", cell.title());
            // a published report's blank reads as 0; a workbook a clerk fills must have every cell filled
            findings.add(at(filled.source() == FilledForm.Source.REPORT ? Finding.warning(FindingKind.BLANK_CELL,
                    title) : Finding.error(FindingKind.BLANK_CELL, title), entry).values("0", ""));
        }
        entry.value().ifPresent(value -> findings.addAll(kindFindings(cell, entry, value)));
        return findings;
    }

    /**
     * The cell's value against its value kind ({@code value-kinds.yaml}): a value the kind does not admit (below its
     * minimum, or a fraction where it takes whole numbers) breaks the kind's rule, under the rule's own id
     * ({@code non-negative-integer} for a 件数), with what the kind admits as expected.
     */
    private static List<Finding> kindFindings(CellDef cell, Entry entry, BigDecimal value) {
        ValueKind kind = cell.kind();
        if (kind.admits(value)) {
            return List.of();
        }
        Map<String, String> args = Map.of("title", cell.title(), "kind", kind.name(), "summary", kind.summary());
        return List.of(at(new Finding(kind.ruleId(), Severity.ERROR, Optional.empty(), Optional.empty(), "", "",
                args), entry).values(kind.admitted(), entry.raw()));
    }

    private static Optional<Finding> sumFinding(FilledForm filled, SumRule rule, Map<CellCode, BigDecimal> figures) {
        if (!known(rule.cells(), figures)) {
            return Optional.empty();
        }
        BigDecimal parts = rule.parts().stream().map(figures::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = figures.get(rule.total());
        if (total.compareTo(parts) == 0) {
            return Optional.empty();
        }
        return Optional.of(ruleFinding(filled, rule, rule.total(), rule.cells(),
                Map.of("total", total.toPlainString(), "parts", parts.toPlainString()))
                .values("", total.toPlainString()));
    }

    private static Optional<Finding> balanceFinding(FilledForm filled, BalanceRule rule,
            Map<CellCode, BigDecimal> figures) {
        if (!known(rule.cells(), figures)) {
            return Optional.empty();
        }
        BigDecimal left = side(rule.left(), figures);
        BigDecimal right = side(rule.right(), figures);
        if (left.compareTo(right) == 0) {
            return Optional.empty();
        }
        return Optional.of(ruleFinding(filled, rule, rule.left().get(0).code(), rule.cells(),
                Map.of("left", left.toPlainString(), "right", right.toPlainString()))
                .values("", figures.get(rule.left().get(0).code()).toPlainString()));
    }

    /**
     * A failed sum or balance, about {@code about}, with the sides as arguments; it suggests no value for its cell
     * (the localisation of the failures does, see {@link Localised}).
     */
    private static Finding ruleFinding(FilledForm filled, Rule rule, CellCode about, List<CellCode> cells,
            Map<String, String> sides) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", rule.title());
        args.putAll(sides);
        args.put("cells", cells.stream().map(CellCode::toString).collect(Collectors.joining("、")));
        Finding finding = new Finding(rule.id(), rule.severity(), Optional.of(about), Optional.empty(), "", "",
                args);
        Entry entry = filled.entries().get(about);
        return entry == null ? finding : finding.at(entry.where());
    }

    static BigDecimal side(List<Term> terms, Map<CellCode, BigDecimal> figures) {
        return terms.stream().map(t -> figures.get(t.code()).multiply(BigDecimal.valueOf(t.sign())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether every cell of a rule has a figure; a rule over a cell that holds no number is not judged. */
    private static boolean known(List<CellCode> cells, Map<CellCode, BigDecimal> figures) {
        return figures.keySet().containsAll(cells);
    }

    private static Finding at(Finding finding, Entry entry) {
        return finding.about(entry.code()).at(entry.where());
    }

    /** File-level findings first, then by the position of their cell in the form, then by rule id. */
    private static List<Finding> ordered(FormDefinition form, List<Finding> findings) {
        Map<CellCode, Integer> order = new HashMap<>();
        List<CellDef> cells = form.cells();
        for (int i = 0; i < cells.size(); i++) {
            order.put(cells.get(i).code(), i);
        }
        return findings.stream().sorted(Comparator
                .comparingInt((Finding f) -> f.cell().map(c -> order.getOrDefault(c, cells.size())).orElse(-1))
                .thenComparing(Finding::ruleId)).toList();
    }
}
