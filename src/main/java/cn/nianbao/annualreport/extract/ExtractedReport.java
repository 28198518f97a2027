package cn.nianbao.annualreport.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinition;

/**
 * What a published report says: who reported, for which year, in which edition, and every table cell found.
 *
 * @param unit     the reporting unit as printed in the title
 * @param year     the report year from the title
 * @param form     the edition recognised from the tables
 * @param cells    the printed cells found, by code; a code the report does not print is absent
 * @param problems what could not be read or placed, each naming the line
 * @param warnings what was read but deserves a look (e.g. an old edition for a later year)
 */
public record ExtractedReport(Optional<String> unit, OptionalInt year, FormDefinition form,
        Map<CellCode, PrintedValue> cells, List<String> problems, List<String> warnings) {

    /** Copies the collections. */
    public ExtractedReport {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(form, "form");
        cells = Map.copyOf(cells);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
