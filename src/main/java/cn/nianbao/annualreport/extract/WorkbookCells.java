package cn.nianbao.annualreport.extract;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.nianbao.annualreport.form.CellCode;

/**
 * How a standard workbook stored its cells, beyond their text and figures: what nianbao's JSON keeps of a workbook so
 * that reading the JSON back finds what reading the workbook found (a number stored as text, a total whose formula
 * was replaced by a figure).
 *
 * @param formats  the format finding's id of each cell stored in a way a number cell should not be
 *                 ({@code full-width-digits}, {@code placeholder}, …)
 * @param formulas the cells that hold a formula
 */
public record WorkbookCells(Map<CellCode, String> formats, Set<CellCode> formulas) {

    /** Copies the collections, in code order. */
    public WorkbookCells {
        Objects.requireNonNull(formats, "formats");
        Objects.requireNonNull(formulas, "formulas");
        formats = Collections.unmodifiableMap(new TreeMap<>(formats));
        formulas = Collections.unmodifiableSet(new TreeSet<>(formulas));
    }
}
