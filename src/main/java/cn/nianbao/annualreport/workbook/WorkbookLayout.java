package cn.nianbao.annualreport.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FormDefinition;

/** Where every data cell of an edition stands in the standard workbook. */
public final class WorkbookLayout {

    private final FormDefinition form;
    private final List<TableLayout> tables;
    private final Map<CellCode, CellRef> addresses = new LinkedHashMap<>();

    /** Lays out every table of the edition. */
    public WorkbookLayout(FormDefinition form) {
        this.form = form;
        this.tables = form.tables().stream().map(TableLayout::of).toList();
        for (TableLayout layout : tables) {
            layout.dataCells().forEach((code, span) ->
                    addresses.put(code, new CellRef(layout.table().sheet(), span.firstRow(), span.firstColumn())));
        }
    }

    /** The edition laid out. */
    public FormDefinition form() {
        return form;
    }

    /** The layout of each table, in order. */
    public List<TableLayout> tables() {
        return tables;
    }

    /** The address of a data cell, if the edition has it. */
    public Optional<CellRef> address(CellCode code) {
        return Optional.ofNullable(addresses.get(code));
    }

    /** Every data cell's address, in table order. */
    Map<CellCode, CellRef> addresses() {
        return Map.copyOf(addresses);
    }
}
