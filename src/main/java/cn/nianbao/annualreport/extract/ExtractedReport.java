package cn.nianbao.annualreport.extract;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * What a published report says: who reported, for which year, in which edition, and every table cell found.
 *
 * @param unit     the reporting unit as printed in the title
 * @param year     the report year from the title
 * @param form     the edition recognised from the tables
 * @param cells    the printed cells found, by code; a code the report does not print is absent
 * @param findings  what could not be read or placed, and what was read but deserves a look (an amount printed in
 *                  元, say); what is wrong with the figures themselves is the checker's to say
 * @param narrative the text of each numbered part, keyed by its heading as printed
 */
public record ExtractedReport(Optional<String> unit, Optional<ReportYear> year, FormDefinition form,
        Map<CellCode, PrintedValue> cells, List<Finding> findings, Map<String, String> narrative) {

    /** Copies the collections. */
    public ExtractedReport {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(form, "form");
        cells = Map.copyOf(cells);
        findings = List.copyOf(findings);
        narrative = Collections.unmodifiableMap(new LinkedHashMap<>(narrative));
    }

    /** Whether any table cell was found at all. */
    public boolean hasTables() {
        return !cells.isEmpty();
    }

    /** How much of the edition's tables the report gave. */
    public ReadCoverage coverage() {
        return ReadCoverage.of(form, cells.keySet());
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

    /** Whether any finding is an error: a figure that could not be placed, say. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /**
     * What a cell's comment in the workbook must say: the text as printed where it is not the plain number, and a
     * printed total that disagrees with its parts.
     */
    public Map<CellCode, String> cellNotes() {
        Map<CellCode, String> notes = new TreeMap<>();
        printed().forEach((code, text) -> notes.put(code, "原报告写作：" + text));
        printedTotals().forEach((code, total) -> notes.merge(code, "原报告值 " + total.printed() + "，按各项计算为 "
                + total.computed().toPlainString(), (a, b) -> a + "\n" + b));
        return notes;
    }

    /** The printed values of the totals that disagree with their parts, by cell. */
    public Map<CellCode, BigDecimal> printedTotalValues() {
        Map<CellCode, BigDecimal> values = new TreeMap<>();
        printedTotals().forEach((code, total) -> values.put(code, total.figure()));
        return values;
    }

    /** The printed totals that disagree with their parts, by cell. */
    Map<CellCode, PrintedTotals.Disagreement> printedTotals() {
        return PrintedTotals.disagreeing(form, cells);
    }
}
