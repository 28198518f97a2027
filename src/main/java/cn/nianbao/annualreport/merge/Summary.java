package cn.nianbao.annualreport.merge;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * Many units' figures added up into one edition, with every unit's share and everything left out.
 *
 * @param form       the summary's edition
 * @param unit       the unit the summary is for (the supervising office)
 * @param year       the report year of the summary
 * @param units      every input merged, in input order
 * @param totals     every entered cell of the edition, the sum of the units' figures (0 when none has one), in
 *                   table order; the computed totals stay formulas in the workbook
 * @param omissions  what inputs hold that was not added, in input and cell order
 * @param mapping    the mapping used, when some input was in another edition
 * @param copies     inputs not added because they are another copy of an input added before them (the same unit,
 *                   year, edition and figures), each to that input
 * @param duplicates units named by more than one input (normalised name to files); each input was added
 */
public record Summary(FormDefinition form, String unit, ReportYear year, List<MergedUnit> units,
        Map<CellCode, BigDecimal> totals, List<Omission> omissions, Optional<EditionMapping> mapping,
        Map<String, List<Path>> duplicates, Map<Path, Path> copies) {

    /** Checks the fields and copies the collections. */
    public Summary {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(unit, "unit");
        units = List.copyOf(units);
        totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        omissions = List.copyOf(omissions);
        Objects.requireNonNull(mapping, "mapping");
        duplicates = Collections.unmodifiableMap(new LinkedHashMap<>(duplicates));
        copies = Collections.unmodifiableMap(new LinkedHashMap<>(copies));
    }

    /** How many merged units' inputs have errors. */
    public long unitsWithErrors() {
        return units.stream().filter(MergedUnit::hasErrors).count();
    }

    /** The omissions for one reason. */
    public List<Omission> omissions(Omission.Reason reason) {
        return omissions.stream().filter(o -> o.reason() == reason).toList();
    }
}
