package cn.nianbao.annualreport.extract;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.SumRule;

/**
 * What a published report says: who reported, for which year, in which edition, and every table cell found.
 *
 * @param unit     the reporting unit as printed in the title
 * @param year     the report year from the title
 * @param form     the edition recognised from the tables
 * @param cells    the printed cells found, by code; a code the report does not print is absent
 * @param problems what could not be read or placed, each naming the line
 * @param warnings  what was read but deserves a look (e.g. an old edition for a later year)
 * @param narrative the text of each numbered part, keyed by its heading as printed
 */
public record ExtractedReport(Optional<String> unit, OptionalInt year, FormDefinition form,
        Map<CellCode, PrintedValue> cells, List<String> problems, List<String> warnings,
        Map<String, String> narrative) {

    /** Copies the collections. */
    public ExtractedReport {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(form, "form");
        cells = Map.copyOf(cells);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        narrative = Collections.unmodifiableMap(new LinkedHashMap<>(narrative));
    }

    /** Whether any table cell was found at all. */
    public boolean hasTables() {
        return !cells.isEmpty();
    }

    /** The number of every cell that has one. */
    public Map<CellCode, BigDecimal> figures() {
        Map<CellCode, BigDecimal> figures = new TreeMap<>();
        cells.forEach((code, cell) -> cell.value().ifPresent(v -> figures.put(code, v)));
        return figures;
    }

    /** The text as printed, for every cell where it is not the plain number. */
    public Map<CellCode, String> printed() {
        Map<CellCode, String> printed = new TreeMap<>();
        cells.forEach((code, cell) -> {
            if (!cell.isPlainNumber()) {
                printed.put(code, cell.printed());
            }
        });
        return printed;
    }

    /**
     * Printed totals that disagree with the sum of their parts, as 原报告值 vs 计算值: the workbook computes the
     * total, and this keeps what the report printed.
     */
    public Map<CellCode, String> disagreeingTotals() {
        Map<CellCode, String> notes = new TreeMap<>();
        Map<CellCode, BigDecimal> figures = figures();
        form.computedCells().keySet().forEach(code -> Optional.ofNullable(figures.get(code)).ifPresent(printed -> {
            BigDecimal computed = computed(code, figures);
            if (printed.compareTo(computed) != 0) {
                notes.put(code, "原报告值 " + printed.toPlainString() + "，按各项计算为 " + computed.toPlainString());
            }
        }));
        return notes;
    }

    /**
     * What a cell's comment in the workbook must say: the text as printed where it is not the plain number, and a
     * printed total that disagrees with its parts.
     */
    public Map<CellCode, String> cellNotes() {
        Map<CellCode, String> notes = new TreeMap<>();
        printed().forEach((code, text) -> notes.put(code, "原报告写作：" + text));
        disagreeingTotals().forEach((code, text) -> notes.merge(code, text, (a, b) -> a + "\n" + b));
        return notes;
    }

    private BigDecimal computed(CellCode code, Map<CellCode, BigDecimal> figures) {
        SumRule rule = form.computedCells().get(code);
        return rule.parts().stream()
                .map(p -> form.computedCells().containsKey(p) ? computed(p, figures)
                        : figures.getOrDefault(p, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
