package cn.nianbao.annualreport.extract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.TableDef;

/** The findings both table readers raise when a table, a row or a block of figures is not where it should be. */
final class TableFindings {

    private TableFindings() {
    }

    static Finding tableMissing(TableDef table) {
        return Finding.error(FindingKind.TABLE_MISSING, Map.of("table", table.title()));
    }

    static Finding rowMissing(TableDef table, RowDef row) {
        return Finding.warning(FindingKind.ROW_MISSING, Map.of("table", table.title(),
                "row", String.join(" ", row.label())));
    }

    static Finding blockMissing(TableDef table, int count) {
        return Finding.error(FindingKind.BLOCK_MISSING, Map.of("table", table.title(),
                "count", Integer.toString(count)));
    }

    /**
     * A row (or a side-by-side block) whose figures were found but cannot be placed in their columns with certainty:
     * more or fewer than its columns and no header grid to settle it, or text among them. Its cells are left blank;
     * the finding names them.
     *
     * @param row   the row's name as printed in the form, e.g. 三、本年度办理结果 （一）予以公开
     * @param codes the cells left blank
     * @param found how many figures and empty positions were found after the label
     * @param place where the row stands in the source
     */
    static Finding rowInDoubt(String row, List<CellCode> codes, int found, Location place) {
        return Finding.warning(FindingKind.ROW_IN_DOUBT, Map.of("row", row, "found", Integer.toString(found),
                "count", Integer.toString(codes.size()),
                "cells", codes.stream().map(CellCode::toString).collect(Collectors.joining("、"))))
                .at(place);
    }

    /** The name of a row for a finding: its label levels, e.g. 三、本年度办理结果 （一）予以公开. */
    static String name(RowDef row) {
        return String.join(" ", row.label());
    }

    /** The name of a side-by-side block for a finding: its rows' names, e.g. 行政复议 / 行政诉讼 未经复议直接起诉. */
    static String name(List<RowDef> rows) {
        return rows.stream().map(TableFindings::name).collect(Collectors.joining(" / "));
    }
}
