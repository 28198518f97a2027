package cn.nianbao.annualreport.merge;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import cn.nianbao.annualreport.extract.LabelText;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * One input as it went into a summary: who it is and what it added.
 *
 * @param file    the input as given
 * @param unit    the reporting unit it names, if any
 * @param year    the report year it states, if any
 * @param edition the edition it was filled in
 * @param errors  how many errors checking it found
 * @param figures what it added, by the summary edition's codes (mapped when its edition differs); only entered
 *                cells holding a number
 */
public record MergedUnit(Path file, Optional<String> unit, Optional<ReportYear> year, String edition, long errors,
        Map<CellCode, BigDecimal> figures) {

    /** Checks the fields and copies the figures, in code order. */
    public MergedUnit {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(edition, "edition");
        figures = Collections.unmodifiableMap(new TreeMap<>(figures));
    }

    /** Whether checking the input found errors. */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * Whether this is another copy of the same report: the same unit (as {@link LabelText#normalise} compares
     * names), year and edition, and every figure the same (a report converted to a workbook and to JSON, say).
     */
    boolean isCopyOf(MergedUnit other) {
        return unit.isPresent() && other.unit.isPresent()
                && LabelText.normalise(unit.get()).equals(LabelText.normalise(other.unit.get()))
                && year.equals(other.year) && edition.equals(other.edition)
                && figures.keySet().equals(other.figures.keySet())
                && figures.entrySet().stream()
                        .allMatch(e -> e.getValue().compareTo(other.figures.get(e.getKey())) == 0);
    }
}
