package cn.nianbao.annualreport.form;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
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
 * <p>An immutable value; what is derived from the tables and rules (the cells and the computed cells)
 * is worked out once, here, because the checker asks for it for every workbook of a batch.
 */
public final class FormDefinition {

    private final String edition;
    private final String title;
    private final String issuedBy;
    private final int firstYear;
    private final List<TableDef> tables;
    private final List<ValueKind> kinds;
    private final List<Rule> rules;
    private final WorkbookParts workbook;
    private final List<String> notes;
    private final Optional<Variant> variant;
    private final NewestEdition newest;
    private final NarrativeRules narrative;
    private final List<CellDef> cells;
    private final Map<CellCode, CellDef> cellsByCode;
    private final Map<TableDef, List<CellDef>> cellsByTable;
    private final Map<CellCode, SumRule> computedCells;

    /**
     * An edition.
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
     * @param newest    the newest edition and the first year it is meant for (this edition itself when newest)
     * @param narrative the statements of a report's narrative compared with its tables
     */
    public FormDefinition(String edition, String title, String issuedBy, int firstYear, List<TableDef> tables,
            List<ValueKind> kinds, List<Rule> rules, WorkbookParts workbook, List<String> notes,
            Optional<Variant> variant, NewestEdition newest, NarrativeRules narrative) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.title = title;
        this.issuedBy = issuedBy;
        this.firstYear = firstYear;
        this.tables = List.copyOf(tables);
        this.kinds = List.copyOf(kinds);
        this.rules = List.copyOf(rules);
        this.workbook = workbook;
        this.notes = List.copyOf(notes);
        this.variant = Objects.requireNonNull(variant, "variant");
        this.newest = Objects.requireNonNull(newest, "newest");
        this.cellsByTable = new IdentityHashMap<>();
        this.tables.forEach(t -> cellsByTable.put(t, t.cells()));
        this.cells = this.tables.stream().flatMap(t -> cellsByTable.get(t).stream()).toList();
        Map<CellCode, CellDef> byCode = new LinkedHashMap<>();
        cells.forEach(c -> byCode.put(c.code(), c));
        this.cellsByCode = Collections.unmodifiableMap(byCode);
        this.narrative = Objects.requireNonNull(narrative, "narrative").titled(code -> cell(code).map(CellDef::title));
        this.computedCells = Collections.unmodifiableMap(this.rules.stream().filter(SumRule.class::isInstance)
                .map(SumRule.class::cast).collect(Collectors.toMap(SumRule::total, Function.identity(),
                        (first, later) -> first, LinkedHashMap::new)));
    }

    /** {@code 2021} or {@code 2019}. */
    public String edition() {
        return edition;
    }

    /** The title of the format. */
    public String title() {
        return title;
    }

    /** The notice that issued it, e.g. 国办公开办函〔2021〕30号. */
    public String issuedBy() {
        return issuedBy;
    }

    /** The first report year it is meant for. */
    public int firstYear() {
        return firstYear;
    }

    /** The statistical tables, in report order. */
    public List<TableDef> tables() {
        return tables;
    }

    /** The value kinds. */
    List<ValueKind> kinds() {
        return kinds;
    }

    /** The newest edition and the first year it is meant for. */
    NewestEdition newest() {
        return newest;
    }

    /** The data cells of a table, row by row, as {@link TableDef#cells()} makes them (made once for its own). */
    public List<CellDef> cells(TableDef table) {
        List<CellDef> made = cellsByTable.get(table);
        return made != null ? made : table.cells();
    }

    /** Every rule, in definition order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The cover, check and notes sheets. */
    public WorkbookParts workbook() {
        return workbook;
    }

    /** The edition's own paragraphs for the 说明 sheet. */
    public List<String> notes() {
        return notes;
    }

    /**
     * The warning {@code old-edition} for a report of this year in this edition, when this is not the newest edition
     * and the year is one the newest is meant for (its {@code first_year}); empty otherwise.
     */
    public Optional<Finding> oldEdition(ReportYear year) {
        if (edition.equals(newest.edition()) || year.value() < newest.firstYear()) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning(FindingKind.OLD_EDITION, Map.of("year", year.toString(),
                "edition", edition, "newest", newest.edition())));
    }

    /** The statements of a report's narrative compared with its tables ({@code narrative.yaml}). */
    public NarrativeRules narrative() {
        return narrative;
    }

    /** For a variant seen in real reports, what differs from the official edition. */
    public Optional<Variant> variant() {
        return variant;
    }

    /** Every data cell of every table, in table order. */
    public List<CellDef> cells() {
        return cells;
    }

    /** The cell with this code, if the edition has it. */
    public Optional<CellDef> cell(CellCode code) {
        return Optional.ofNullable(cellsByCode.get(code));
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
        return computedCells;
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
        BigDecimal sum = BigDecimal.ZERO;
        for (CellCode part : computed.get(code).parts()) {
            sum = sum.add(computed.containsKey(part) ? computed(computed, part, entered)
                    : entered.getOrDefault(part, BigDecimal.ZERO));
        }
        return sum;
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
