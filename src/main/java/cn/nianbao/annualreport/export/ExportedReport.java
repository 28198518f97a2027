package cn.nianbao.annualreport.export;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.annualreport.check.CheckedFile;
import cn.nianbao.annualreport.check.FilledForm;
import cn.nianbao.annualreport.extract.WorkbookCells;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * One report's tables as the exports write them, from a published report or a filled workbook.
 *
 * @param file      the input file
 * @param unit      the reporting unit, if known
 * @param year      the report year, if known
 * @param form      the edition
 * @param printed   every cell the source holds, as printed or entered ("" for a blank one), a workbook's computed
 *                  total as the spreadsheet shows it (recomputed from its parts); a cell the source does not hold at
 *                  all (a row missing from a report, a name missing from a workbook) is absent
 * @param figures   the number a cell stands for where its printed text does not say so as {@link PrintedValue}
 *                  reads it (e.g. a number a workbook stores in exponent form); see {@link #figure(CellCode)}
 * @param narrative the text of the numbered parts, for a published report
 * @param findings  what reading and checking the source found
 * @param read      those of the findings that reading the source found (about the source itself: a row in doubt,
 *                  a cell that was split), which reading this report back from JSON keeps as they are; the others
 *                  the checker finds again
 * @param stored    how a standard workbook stored its cells (formats, formulas); empty for a published report
 */
public record ExportedReport(Path file, Optional<String> unit, Optional<ReportYear> year, FormDefinition form,
        Map<CellCode, String> printed, Map<CellCode, BigDecimal> figures, Map<String, String> narrative,
        List<Finding> findings, List<Finding> read, Optional<WorkbookCells> stored) {

    /** Copies the collections. */
    public ExportedReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(form, "form");
        printed = Map.copyOf(printed);
        figures = Map.copyOf(figures);
        narrative = Collections.unmodifiableMap(new LinkedHashMap<>(narrative));
        findings = List.copyOf(findings);
        read = List.copyOf(read);
        Objects.requireNonNull(stored, "stored");
    }

    /**
     * A file the checker read, with the checker's findings so far; call it on the checking thread (see
     * {@code BatchChecker.read}) so that only this, not the filled form, is kept for the rest of the batch.
     *
     * @throws java.util.NoSuchElementException when the file could not be read
     */
    public static ExportedReport of(CheckedFile<FilledForm> checked) {
        FilledForm filled = checked.filled().orElseThrow();
        Map<CellCode, BigDecimal> figures = filled.figures();
        Map<CellCode, String> printed = new HashMap<>();
        Map<CellCode, BigDecimal> unprinted = new HashMap<>();
        Map<CellCode, String> formats = new HashMap<>();
        Set<CellCode> formulas = new HashSet<>();
        filled.entries().forEach((code, entry) -> {
            entry.format().ifPresent(format -> formats.put(code, format));
            if (entry.formula()) {
                formulas.add(code);
            }
            BigDecimal figure = figures.get(code);
            String text = entry.formula() ? Optional.ofNullable(figure).map(BigDecimal::toPlainString).orElse("")
                    : entry.raw();
            printed.put(code, text.intern()); // the same few texts ("0", "1", …) in thousands of reports
            if (figure != null && !figure.equals(PrintedValue.read(text).value().orElse(null))) {
                unprinted.put(code, figure);
            }
        });
        return new ExportedReport(checked.result().file(), checked.result().unit(), checked.result().year(),
                filled.form(), printed, unprinted, filled.narrative(), checked.result().findings(),
                filled.findings(), filled.source() == FilledForm.Source.WORKBOOK
                        ? Optional.of(new WorkbookCells(formats, formulas)) : Optional.empty());
    }

    /** The number a cell stands for, if it stands for one: as recorded, or as its printed text reads. */
    public Optional<BigDecimal> figure(CellCode code) {
        BigDecimal figure = figures.get(code);
        return figure != null ? Optional.of(figure)
                : Optional.ofNullable(printed.get(code)).flatMap(text -> PrintedValue.read(text).value());
    }

    /** The same report with the findings of the whole batch (which add the comparisons across years). */
    public ExportedReport withFindings(List<Finding> all) {
        return new ExportedReport(file, unit, year, form, printed, figures, narrative, all, read, stored);
    }

    /** The edition's code, {@code 2021} or {@code 2019}. */
    public String edition() {
        return form.edition();
    }

    /** How many findings are errors. */
    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    /** How many findings are warnings or notes. */
    public long warnings() {
        return findings.size() - errors();
    }
}
