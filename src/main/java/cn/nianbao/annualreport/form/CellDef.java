package cn.nianbao.annualreport.form;

/** One data cell of a form: its code, and the row and column it sits at. */
public record CellDef(CellCode code, TableDef table, RowDef row, ColumnDef column) {

    /** The cell as a person names it: the row's last label level and the column's, e.g. 1.属于国家秘密 › 总计. */
    public String title() {
        return row.label().get(row.label().size() - 1) + " › " + column.label();
    }

    /** What the cell may hold. */
    public ValueKind kind() {
        return column.kind();
    }
}
