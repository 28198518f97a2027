package cn.nianbao.annualreport.form;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One edition of the official format, read from {@code workbook-templates/forms/}: its tables, value kinds and
 * every rule, expanded to concrete cells. Writer, reader, checker and exporters all derive from it.
 *
 * @param edition   {@code 2021} or {@code 2019}
 * @param title     the title of the format
 * @param issuedBy  the notice that issued it, e.g. 国办公开办函〔2021〕30号
 * @param firstYear the first report year it is meant for
 * @param tables    the statistical tables, in report order
 * @param kinds     the value kinds
 * @param rules     every rule, in definition order
 * @param workbook  the cover, check and notes sheets
 * @param notes     the edition's own paragraphs for the 说明 sheet
 * @param variant   for a variant seen in real reports (e.g. the 2019 其他处理 row in a 2021 table), what differs
 */
public record FormDefinition(String edition, String title, String issuedBy, int firstYear, List<TableDef> tables,
        List<ValueKind> kinds, List<Rule> rules, WorkbookParts workbook, List<String> notes,
        Optional<String> variant) {

    /** Copies the collections. */
    public FormDefinition {
        Objects.requireNonNull(edition, "edition");
        tables = List.copyOf(tables);
        kinds = List.copyOf(kinds);
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
        Objects.requireNonNull(variant, "variant");
    }

    /** Every data cell of every table, in table order. */
    public List<CellDef> cells() {
        return tables.stream().flatMap(t -> t.cells().stream()).toList();
    }

    /** The cell with this code, if the edition has it. */
    public Optional<CellDef> cell(CellCode code) {
        return cells().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The table with this code, if the edition has it. */
    public Optional<TableDef> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /**
     * The cells the workbook computes: for each total, the first sum rule that defines it. A clerk does not type
     * these.
     */
    public Map<CellCode, SumRule> computedCells() {
        return rules.stream().filter(SumRule.class::isInstance).map(SumRule.class::cast)
                .collect(Collectors.toMap(SumRule::total, Function.identity(), (first, later) -> first,
                        LinkedHashMap::new));
    }

    /**
     * What a computed cell comes to from the entered figures, as the workbook's formulas compute it: its parts added,
     * computed parts computed in turn, a part with no figure counting as 0.
     */
    public BigDecimal computed(CellCode code, Map<CellCode, BigDecimal> entered) {
        return computed(computedCells(), code, entered);
    }

    private static BigDecimal computed(Map<CellCode, SumRule> computed, CellCode code,
            Map<CellCode, BigDecimal> entered) {
        return computed.get(code).parts().stream()
                .map(p -> computed.containsKey(p) ? computed(computed, p, entered)
                        : entered.getOrDefault(p, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The rules that compare a report with the same agency's report of the year before. */
    public List<CrossYearRule> crossYearRules() {
        return rules.stream().filter(CrossYearRule.class::isInstance).map(CrossYearRule.class::cast).toList();
    }

    /** The rules one workbook can check by itself: everything but the cross-year rules. */
    public List<Rule> singleReportRules() {
        return rules.stream().filter(r -> !(r instanceof CrossYearRule)).toList();
    }
}
