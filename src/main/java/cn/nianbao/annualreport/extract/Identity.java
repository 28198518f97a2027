package cn.nianbao.annualreport.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * Who reported and on which year, as far as the report makes it certain.
 *
 * @param unit     the reporting unit as printed, in its longest form; empty when not given or not certain
 * @param year     the year reported on (not the year of publication); empty when not given or not certain
 * @param findings why the unit or the year is empty: not given ({@code unit-missing}, {@code year-missing}), or given
 *                 differently by different parts of the report ({@code unit-uncertain}, {@code year-uncertain})
 */
record Identity(Optional<String> unit, Optional<ReportYear> year, List<Finding> findings) {

    /** Checks the fields and copies the findings. */
    Identity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
        findings = List.copyOf(findings);
    }
}
