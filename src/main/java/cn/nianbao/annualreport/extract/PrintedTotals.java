package cn.nianbao.annualreport.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;

/**
 * Printed totals that disagree with the sum of their parts (原报告值 vs 计算值). The workbook computes every total by
 * formula, so the printed value would be lost without these findings, which keep it.
 */
public final class PrintedTotals {

    private PrintedTotals() {
    }

    /** One {@code printed-total} finding per printed total whose parts add up to something else. */
    public static List<Finding> disagreeing(FormDefinition form, Map<CellCode, PrintedValue> cells) {
        Map<CellCode, BigDecimal> figures = new TreeMap<>();
        cells.forEach((code, cell) -> cell.value().ifPresent(v -> figures.put(code, v)));
        List<Finding> findings = new ArrayList<>();
        new TreeMap<>(form.computedCells()).keySet().forEach(code -> Optional.ofNullable(figures.get(code))
                .ifPresent(printed -> {
                    BigDecimal computed = form.computed(code, figures);
                    if (printed.compareTo(computed) != 0) {
                        findings.add(Finding.error(FindingKind.PRINTED_TOTAL, Map.of()).about(code)
                                .values(computed.toPlainString(), cells.get(code).printed()));
                    }
                }));
        return findings;
    }
}
