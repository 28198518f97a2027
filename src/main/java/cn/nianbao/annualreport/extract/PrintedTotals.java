package cn.nianbao.annualreport.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.PrintedValue;

/**
 * Printed totals that disagree with the sum of their parts (原报告值 vs 计算值). The workbook computes every total by
 * formula, so the printed figure is kept beside it (in the cell's comment and the 校验 sheet's 原报告值 section). What
 * is wrong about such a total is the checker's to say, with the sum rule that fails and the cell's address: this is
 * data, not a finding.
 */
final class PrintedTotals {

    private PrintedTotals() {
    }

    /**
     * A total printed with another figure than its parts add up to.
     *
     * @param printed  the text as printed
     * @param figure   the printed figure
     * @param computed what the parts add up to
     */
    public record Disagreement(String printed, BigDecimal figure, BigDecimal computed) {
    }

    /** Every printed total whose parts add up to something else, by cell. */
    static Map<CellCode, Disagreement> disagreeing(FormDefinition form, Map<CellCode, PrintedValue> cells) {
        Map<CellCode, BigDecimal> figures = new TreeMap<>();
        cells.forEach((code, cell) -> cell.value().ifPresent(v -> figures.put(code, v)));
        Map<CellCode, Disagreement> disagreeing = new TreeMap<>();
        form.computedCells().keySet().forEach(code -> Optional.ofNullable(figures.get(code)).ifPresent(printed -> {
            BigDecimal computed = form.computed(code, figures);
            if (printed.compareTo(computed) != 0) {
                disagreeing.put(code, new Disagreement(cells.get(code).printed(), printed, computed));
            }
        }));
        return disagreeing;
    }
}
