package cn.nianbao.annualreport.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stretch of an official table: an optional caption row (第二十条第（一）项), the header, and its rows.
 *
 * @param caption the caption row spanning the table's width, if any
 * @param corner  the text of the top-left header cell (信息内容, the 勾稽 note), if any
 * @param layout  how rows and columns are placed
 * @param rows    the rows, in order
 * @param columns the columns, in order
 */
public record Block(Optional<String> caption, Optional<String> corner, BlockLayout layout, List<RowDef> rows,
        List<ColumnDef> columns) {

    /** Copies the collections. */
    public Block {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(corner, "corner");
        Objects.requireNonNull(layout, "layout");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }
}
