package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.ReadCoverage;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * A report's tables as entered, from a workbook or a published report, ready to be checked.
 *
 * @param form      the edition
 * @param source    whether the figures come from a workbook (whose totals are formulas) or a published report
 * @param entries   every cell of the edition that is present, by code
 * @param unit      the reporting unit as entered, if any
 * @param year      the report year as entered, if any (as text: a clerk may type anything)
 * @param narrative the text of the numbered parts, for a published report
 * @param findings  what reading the source found already (structure, unreadable rows)
 */
public record FilledForm(FormDefinition form, Source source, Map<CellCode, Entry> entries, Optional<String> unit,
        Optional<String> year, Map<String, String> narrative, List<Finding> findings) {

    /** Where the figures come from. */
    public enum Source {
        WORKBOOK,
        REPORT
    }

    /** Copies the collections. */
    public FilledForm {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(source, "source");
        entries = Map.copyOf(entries);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
        narrative = Collections.unmodifiableMap(new LinkedHashMap<>(narrative));
        findings = List.copyOf(findings);
    }

    /** How much of the edition's tables the source gave. */
    public ReadCoverage coverage() {
        return ReadCoverage.of(form, entries.keySet());
    }

    /**
     * The form as a report that a standard workbook can be written from: every cell as entered (a total that is still
     * a formula as recomputed from its parts, so that only a total a clerk overwrote with a different figure is kept
     * as a printed total), with what reading found and the printed totals that disagree with their parts.
     */
    public ExtractedReport asReport() {
        Map<CellCode, BigDecimal> figures = figures();
        Map<CellCode, PrintedValue> cells = new HashMap<>();
        entries.forEach((code, entry) -> {
            PrintedValue printed = PrintedValue.read(entry.formula()
                    ? Optional.ofNullable(figures.get(code)).map(BigDecimal::toPlainString).orElse("") : entry.raw());
            boolean sameFigure = printed.value().map(v -> entry.value().map(v::compareTo).orElse(1) == 0)
                    .orElse(entry.value().isEmpty());
            cells.put(code, sameFigure || entry.formula() ? printed
                    : PrintedValue.read(entry.value().map(BigDecimal::toPlainString).orElse(entry.raw())));
        });
        return new ExtractedReport(unit, reportYear(), form, cells, findings, narrative);
    }

    /** The year, when one was entered. */
    public Optional<ReportYear> reportYear() {
        return year.flatMap(ReportYear::entered);
    }

    /**
     * The figures as a spreadsheet shows them: every number entered, and every total that is still a formula
     * recomputed from its parts (its cached result is never used). A cell that holds no number has no figure.
     */
    public Map<CellCode, BigDecimal> figures() {
        Map<CellCode, BigDecimal> entered = new HashMap<>();
        entries.forEach((code, entry) -> entry.value().ifPresent(v -> entered.put(code, v)));
        return Checker.recomputed(this, entered);
    }
}
