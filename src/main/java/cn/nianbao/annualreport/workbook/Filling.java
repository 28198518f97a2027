package cn.nianbao.annualreport.workbook;

import java.math.BigDecimal;
import java.util.Map;

import cn.nianbao.annualreport.form.CellCode;

/**
 * Figures to put into a new workbook, and notes to attach to cells as comments (e.g. a printed total that
 * disagrees with its parts: 原报告值 5，计算值 0).
 *
 * @param values figures by cell code; computed cells keep their formulas and take no figure
 * @param notes  comments by cell code
 */
public record Filling(Map<CellCode, BigDecimal> values, Map<CellCode, String> notes) {

    /** Nothing filled. */
    public static final Filling NONE = new Filling(Map.of(), Map.of());

    /** Copies the maps. */
    public Filling {
        values = Map.copyOf(values);
        notes = Map.copyOf(notes);
    }
}
