package cn.nianbao.annualreport.workbook;

import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.form.ReportYear;

/**
 * What to put on the cover of a new workbook.
 *
 * @param unit the reporting unit's name, if known
 * @param year the report year, if known
 */
public record TemplateOptions(Optional<String> unit, Optional<ReportYear> year) {

    /** A blank cover. */
    public static final TemplateOptions BLANK = new TemplateOptions(Optional.empty(), Optional.empty());

    /** Checks that both are present or explicitly empty. */
    public TemplateOptions {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
    }
}
