package cn.nianbao.annualreport.workbook;

import java.util.Optional;

import cn.nianbao.annualreport.form.CellCode;

/**
 * A rectangle of a table sheet, 0-based and inclusive: a title, caption, header, label or data cell, merged when
 * it covers more than one cell.
 *
 * @param role        what the rectangle holds
 * @param text        its text (empty for a data cell)
 * @param code        the cell code of a data cell
 * @param firstRow    first row
 * @param lastRow     last row
 * @param firstColumn first column
 * @param lastColumn  last column
 */
public record Span(Role role, String text, Optional<CellCode> code, int firstRow, int lastRow, int firstColumn,
        int lastColumn) {

    /** What a span holds. */
    public enum Role {
        /** The table's heading, e.g. 三、收到和处理政府信息公开申请情况. */
        TITLE,
        /** A caption row of a block, e.g. 第二十条第（一）项. */
        CAPTION,
        /** The top-left header cell. */
        CORNER,
        /** A column header. */
        HEADER,
        /** A row label. */
        LABEL,
        /** A data cell. */
        DATA
    }

    /** Whether the span covers more than one cell. */
    public boolean isMerged() {
        return firstRow != lastRow || firstColumn != lastColumn;
    }
}
