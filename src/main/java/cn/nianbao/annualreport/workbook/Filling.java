package cn.nianbao.annualreport.workbook;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.CellCode;

/**
 * Figures to put into a new workbook, and notes to attach to cells as comments (e.g. a printed total that
 * disagrees with its parts: 原报告值 5，计算值 0).
 *
 * @param values figures by cell code; computed cells keep their formulas and take no figure
 * @param notes     comments by cell code
 * @param narrative the report's text by part heading, in order, for the 文字部分 sheet (none for a blank template)
 * @param printedTotals totals as the source printed them where their parts add up to something else; the workbook
 *                  computes these cells, and lists the printed value beside the computed one on the 校验 sheet
 * @param source    the report as read, as nianbao's JSON, kept on a very hidden sheet of a converted report's workbook
 * @param suggested the values the checker's localisation suggests for the cells most likely wrong, listed on the
 *                  校验 sheet below the printed totals
 */
public record Filling(Map<CellCode, BigDecimal> values, Map<CellCode, String> notes, Map<String, String> narrative,
        Map<CellCode, BigDecimal> printedTotals, Optional<String> source, Map<CellCode, BigDecimal> suggested) {

    /** Nothing filled. */
    public static final Filling NONE = new Filling(Map.of(), Map.of(), Map.of(), Map.of());

    /** Figures, notes, narrative and printed totals, without the report's JSON. */
    public Filling(Map<CellCode, BigDecimal> values, Map<CellCode, String> notes, Map<String, String> narrative,
            Map<CellCode, BigDecimal> printedTotals) {
        this(values, notes, narrative, printedTotals, Optional.empty(), Map.of());
    }

    /** Copies the maps, keeping the order of the parts. */
    public Filling {
        values = Map.copyOf(values);
        notes = Map.copyOf(notes);
        printedTotals = Collections.unmodifiableMap(new TreeMap<>(printedTotals));
        narrative = Collections.unmodifiableMap(new LinkedHashMap<>(narrative));
        Objects.requireNonNull(source, "source");
        suggested = Collections.unmodifiableMap(new TreeMap<>(suggested));
    }

    /** The same filling, keeping the report as read (nianbao's JSON). */
    public Filling withSource(String json) {
        return new Filling(values, notes, narrative, printedTotals, Optional.of(json), suggested);
    }

    /** The same filling, with the values suggested for the cells most likely wrong. */
    public Filling withSuggested(Map<CellCode, BigDecimal> values) {
        return new Filling(this.values, notes, narrative, printedTotals, source, values);
    }
}
