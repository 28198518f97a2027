package cn.nianbao.annualreport.form;

import java.util.Optional;

/**
 * The one parser and printer of A1 addresses, for {@link CellRef} (findings' positions, defined names) and for the
 * .xlsx reader (a cell's {@code r} attribute): {@code J5}, {@code $J$5}, {@code '依申请公开'!$J$5}. Rows and columns
 * are 0-based; a position outside a sheet (past row 1,048,576 or column XFD) is not an address.
 */
public final class A1 {

    /** Rows of a sheet. */
    public static final int MAX_ROW = 1 << 20;
    /** Columns of a sheet. */
    public static final int MAX_COLUMN = 1 << 14;

    private A1() {
    }

    /**
     * Parses a sheet-qualified address: {@code 'It''s'!$B$2}, {@code 封面!$C$3} or {@code Sheet1!B2}; empty for
     * anything else (a range, {@code #REF!}, a line position in a text file).
     */
    static Optional<CellRef> qualified(String text) {
        String sheet;
        int bang;
        if (text.startsWith("'")) {
            StringBuilder name = new StringBuilder();
            int i = 1;
            while (true) {
                int quote = text.indexOf('\'', i);
                if (quote < 0) {
                    return Optional.empty();
                }
                name.append(text, i, quote);
                if (quote + 1 < text.length() && text.charAt(quote + 1) == '\'') {
                    name.append('\'');
                    i = quote + 2;
                } else {
                    bang = quote + 1;
                    break;
                }
            }
            sheet = name.toString();
        } else {
            bang = text.indexOf('!');
            sheet = bang > 0 ? text.substring(0, bang) : "";
        }
        if (sheet.isEmpty() || bang >= text.length() || text.charAt(bang) != '!') {
            return Optional.empty();
        }
        long at = position(text, bang + 1, true);
        return at < 0 ? Optional.empty() : Optional.of(new CellRef(sheet, row(at), column(at)));
    }

    /**
     * Parses an address without a sheet running from {@code from} to the end of {@code text}, with {@code $} signs
     * if allowed.
     *
     * @return the position packed as {@link #pack} makes it, or -1 if it is not one cell
     */
    public static long position(String text, int from, boolean dollars) {
        int i = from;
        int end = text.length();
        if (dollars && i < end && text.charAt(i) == '$') {
            i++;
        }
        int column = 0;
        int letters = 0;
        for (; i < end && letters <= 3; i++, letters++) {
            char ch = text.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + ch - 'A' + 1;
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + ch - 'a' + 1;
            } else {
                break;
            }
        }
        if (dollars && i < end && text.charAt(i) == '$') {
            i++;
        }
        int row = 0;
        int digits = 0;
        for (; i < end && digits <= 7; i++, digits++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                break;
            }
            row = row * 10 + ch - '0';
        }
        if (i != end || letters == 0 || letters > 3 || digits == 0 || digits > 7) {
            return -1;
        }
        return pack(row - 1, column - 1);
    }

    /** A 0-based position as one number, the row in the high and the column in the low 32 bits; -1 off the sheet. */
    public static long pack(int row, int column) {
        if (row < 0 || row >= MAX_ROW || column < 0 || column >= MAX_COLUMN) {
            return -1;
        }
        return (long) row << 32 | column;
    }

    /** The row of a packed position. */
    public static int row(long packed) {
        return (int) (packed >>> 32);
    }

    /** The column of a packed position. */
    public static int column(long packed) {
        return (int) packed;
    }

    /** The address of a 0-based position, e.g. {@code J5}, or {@code $J$5} when absolute. */
    public static String format(int row, int column, boolean absolute) {
        StringBuilder letters = new StringBuilder(4);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.append((char) ('A' + (c - 1) % 26));
        }
        String dollar = absolute ? "$" : "";
        return dollar + letters.reverse() + dollar + (row + 1);
    }
}
