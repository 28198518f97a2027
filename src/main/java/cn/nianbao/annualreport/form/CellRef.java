package cn.nianbao.annualreport.form;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A cell of a workbook: sheet, 0-based row and column. Prints Excel style, quoting sheet names that are not
 * plain ASCII, e.g. {@code '依申请公开'!J5}.
 */
public record CellRef(String sheet, int row, int column) implements Location {

    /** Checks the position. */
    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("单元格位置不能为负：" + row + "," + column);
        }
    }

    /**
     * Parses an address as {@link #toString()} or {@link #absolute()} prints it ({@code '依申请公开'!J5},
     * {@code Sheet1!$B$2}); empty for anything else, e.g. a line position in a text file.
     */
    public static Optional<CellRef> parse(String text) {
        return A1.qualified(text);
    }

    /** The A1 address without the sheet, e.g. {@code J5}. */
    public String a1() {
        return A1.format(row, column, false);
    }

    /** The absolute address with the sheet, e.g. {@code '依申请公开'!$J$5}, for defined names. */
    public String absolute() {
        return quotedSheet() + "!" + A1.format(row, column, true);
    }

    /** The address, the same in every language. */
    @Override
    public String describe(Locale locale) {
        return toString();
    }

    @Override
    public String toString() {
        return quotedSheet() + "!" + a1();
    }

    private String quotedSheet() {
        return isPlain(sheet) ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** Whether a sheet name is printed without quotes: ASCII letters, digits and underscores only. */
    private static boolean isPlain(String sheet) {
        for (int i = 0; i < sheet.length(); i++) {
            char ch = sheet.charAt(i);
            if (!(ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_')) {
                return false;
            }
        }
        return !sheet.isEmpty();
    }
}
