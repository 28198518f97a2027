package cn.nianbao.annualreport.extract;

import java.util.Map;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.TableDef;

/** The findings both table readers raise when a table, a row or a block of figures is not where it should be. */
final class TableFindings {

    private TableFindings() {
    }

    static Finding tableMissing(TableDef table) {
        return Finding.error("table-missing", Map.of("table", table.title()));
    }

    static Finding rowMissing(TableDef table, RowDef row) {
        return Finding.error("row-missing", Map.of("table", table.title(), "row", String.join(" ", row.label())));
    }

    static Finding blockMissing(TableDef table, int count) {
        return Finding.error("block-missing", Map.of("table", table.title(), "count", Integer.toString(count)));
    }
}
