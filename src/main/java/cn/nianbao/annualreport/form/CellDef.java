package cn.nianbao.annualreport.form;

/** One data cell of a form: its code, and the row and column it sits at. */
public record CellDef(CellCode code, TableDef table, RowDef row, ColumnDef column) {

    /** What the cell may hold. */
    public ValueKind kind() {
        return column.kind();
    }
}
