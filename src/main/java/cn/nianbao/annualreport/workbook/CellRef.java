package cn.nianbao.annualreport.workbook;

import java.util.Objects;

import org.apache.poi.ss.util.CellReference;

/**
 * A cell of a workbook: sheet, 0-based row and column. Prints Excel style, quoting sheet names that are not
 * plain ASCII, e.g. {@code '依申请公开'!J5}.
 */
public record CellRef(String sheet, int row, int column) {

    /** Checks the position. */
    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("单元格位置不能为负：" + row + "," + column);
        }
    }

    /** The A1 address without the sheet, e.g. {@code J5}. */
    public String a1() {
        return new CellReference(row, column).formatAsString(false);
    }

    /** The absolute address with the sheet, e.g. {@code '依申请公开'!$J$5}, for defined names. */
    public String absolute() {
        return quotedSheet() + "!" + new CellReference(row, column, true, true).formatAsString(false);
    }

    @Override
    public String toString() {
        return quotedSheet() + "!" + a1();
    }

    private String quotedSheet() {
        return sheet.matches("[A-Za-z0-9_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}
