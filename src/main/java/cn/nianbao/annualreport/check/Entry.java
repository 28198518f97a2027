package cn.nianbao.annualreport.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.PrintedValue;

/**
 * What one cell of a filled form holds, as entered or printed: the one value every reader gives a cell (the text,
 * how it reads, its figure), where it stands, and how a workbook stored it.
 *
 * @param code    the cell
 * @param where   where it stands: {@code '依申请公开'!J5} in a workbook, or the standard workbook's address for a
 *                published report
 * @param read    the cell as read: the text as entered or printed ("" for a blank cell), how it reads, and the number
 *                it stands for when it stands for one (also a number typed as text)
 * @param format  the rule id of a format error in the content ({@code number-stored-as-text}, {@code placeholder},
 *                …), if any
 * @param formula whether the cell holds a formula (a total the workbook computes)
 */
public record Entry(CellCode code, CellRef where, PrintedValue read, Optional<String> format, boolean formula) {

    /** Checks the fields. */
    public Entry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(format, "format");
    }

    /** The content as entered or printed ("" for a blank cell). */
    public String raw() {
        return read.printed();
    }

    /** The number the cell stands for, when it stands for one. */
    public Optional<BigDecimal> value() {
        return read.value();
    }

    /** Whether nothing was entered. */
    public boolean isBlank() {
        return raw().isBlank() && value().isEmpty() && format.isEmpty();
    }
}
