package cn.nianbao.annualreport.workbook;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

/**
 * A cell of a workbook: sheet, 0-based row and column. Prints Excel style, quoting sheet names that are not
 * plain ASCII, e.g. {@code '依申请公开'!J5}.
 */
public record CellRef(String sheet, int row, int column) {

    private static final Pattern PLAIN_SHEET = Pattern.compile("[A-Za-z0-9_]+");

    /** Checks the position. */
    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("单元格位置不能为负：" + row + "," + column);
        }
    }

    /**
     * Parses an address as {@link #toString()} prints it ({@code '依申请公开'!J5}, {@code Sheet1!B2}); empty for
     * anything else, e.g. a line position in a text file.
     */
    public static Optional<CellRef> parse(String text) {
        int bang = text.lastIndexOf('!');
        if (bang <= 0 || !text.substring(bang + 1).matches("\\$?[A-Z]{1,3}\\$?[1-9][0-9]{0,6}")) {
            return Optional.empty();
        }
        String sheet = text.substring(0, bang);
        if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
            sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
        }
        CellReference ref = new CellReference(text.substring(bang + 1));
        return Optional.of(new CellRef(sheet, ref.getRow(), ref.getCol()));
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
        return PLAIN_SHEET.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}
