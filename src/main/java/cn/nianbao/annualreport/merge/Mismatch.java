package cn.nianbao.annualreport.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.check.FileResult;
import cn.nianbao.annualreport.form.ReportYear;

/**
 * Inputs of a merge that do not share one edition and one year.
 *
 * @param edition the edition most inputs are in
 * @param year    the year the summary is for (asked for, or the one most inputs state); empty when no input states
 *                one
 * @param odd     the inputs in another edition or of another year (or of no stated year), in input order
 */
public record Mismatch(String edition, Optional<ReportYear> year, List<FileResult> odd) {

    /** Checks the fields and copies the list. */
    public Mismatch {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(year, "year");
        odd = List.copyOf(odd);
        if (odd.isEmpty()) {
            throw new IllegalArgumentException("没有不一致的输入，不是 Mismatch");
        }
    }
}
