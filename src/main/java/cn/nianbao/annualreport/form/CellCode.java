package cn.nianbao.annualreport.form;

/**
 * The canonical code of one table cell, {@code table.row.column}, as in the project's cell-code page.
 * It is also the workbook-level defined name of that cell.
 */
public record CellCode(String table, String row, String column) implements Comparable<CellCode> {

    /**
     * Validates that each part is a lower-case snake_case identifier, and keeps the one copy of each part's text, so
     * that two codes of one cell, however made (from the definitions, a workbook's names, a JSON), compare by
     * identity in the many map lookups a check makes.
     */
    public CellCode {
        for (String part : new String[] {table, row, column}) {
            if (!isPart(part)) {
                throw new IllegalArgumentException("不合法的单元格代码部分 '" + part + "'（应为小写字母、数字和下划线）");
            }
        }
        table = table.intern();
        row = row.intern();
        column = column.intern();
    }

    /** Whether a part is {@code [a-z][a-z0-9_]*}, checked by hand: codes are made by the thousand. */
    private static boolean isPart(String part) {
        if (part == null || part.isEmpty() || part.charAt(0) < 'a' || part.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Parses {@code requests.new.total}. */
    public static CellCode parse(String code) {
        String[] parts = code.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("单元格代码应为 表.行.列 三段：'" + code + "'");
        }
        return new CellCode(parts[0], parts[1], parts[2]);
    }

    /** Equal parts; written out, as the record's own would be bootstrapped at run time, costing each start. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof CellCode code && table == code.table && row == code.row
                && column == code.column;
    }

    @Override
    public int hashCode() {
        return (table.hashCode() * 31 + row.hashCode()) * 31 + column.hashCode();
    }

    @Override
    public String toString() {
        return table + "." + row + "." + column;
    }

    /**
     * The order of {@link #toString()}, compared part by part without making the strings: a part's characters all
     * sort after the dot, so a part that is a prefix of the other's sorts first either way.
     */
    @Override
    public int compareTo(CellCode other) {
        int order = table.compareTo(other.table);
        if (order == 0) {
            order = row.compareTo(other.row);
        }
        return order != 0 ? order : column.compareTo(other.column);
    }
}
