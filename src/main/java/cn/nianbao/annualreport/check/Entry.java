package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;

/**
 * What one cell of a filled form holds, as entered.
 *
 * @param code    the cell
 * @param where   where it stands: {@code '依申请公开'!J5} in a workbook, or the standard workbook's address for a
 *                published report
 * @param raw     the content as entered or printed ("" for a blank cell)
 * @param value   the number it stands for, when it stands for one (also for a number typed as text)
 * @param format  the rule id of a format error in the content ({@code number-stored-as-text}, {@code placeholder},
 *                …), if any
 * @param formula whether the cell holds a formula (a total the workbook computes)
 */
public record Entry(CellCode code, CellRef where, String raw, Optional<BigDecimal> value, Optional<String> format,
        boolean formula) {

    /** Checks the fields. */
    public Entry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(format, "format");
    }

    /** Whether nothing was entered. */
    public boolean isBlank() {
        return raw.isBlank() && value.isEmpty() && format.isEmpty();
    }
}
