package cn.nianbao.annualreport.form;

import java.util.regex.Pattern;

/**
 * The canonical code of one table cell, {@code table.row.column}, as in the project's cell-code page.
 * It is also the workbook-level defined name of that cell.
 */
public record CellCode(String table, String row, String column) implements Comparable<CellCode> {

    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9_]*");

    /** Validates that each part is a lower-case snake_case identifier. */
    public CellCode {
        for (String part : new String[] {table, row, column}) {
            if (part == null || !PART.matcher(part).matches()) {
                throw new IllegalArgumentException("不合法的单元格代码部分 '" + part + "'（应为小写字母、数字和下划线）");
            }
        }
    }

    /** Parses {@code requests.new.total}. */
    public static CellCode parse(String code) {
        String[] parts = code.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("单元格代码应为 表.行.列 三段：'" + code + "'");
        }
        return new CellCode(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return table + "." + row + "." + column;
    }

    @Override
    public int compareTo(CellCode other) {
        return toString().compareTo(other.toString());
    }
}
