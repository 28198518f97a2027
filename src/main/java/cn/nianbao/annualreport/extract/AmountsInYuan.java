package cn.nianbao.annualreport.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.PrintedValue;

/**
 * Amounts a report prints in 元 where the form counts in 万元 ({@code 251000元} is 25.1 万元): read as 万元, never
 * silently, each with an {@code amount-in-yuan} warning that keeps the printed text.
 */
final class AmountsInYuan {

    private AmountsInYuan() {
    }

    static List<Finding> converted(FormDefinition form, Map<CellCode, PrintedValue> cells) {
        return new TreeMap<>(cells).entrySet().stream()
                .filter(e -> e.getValue().form() == PrintedValue.Form.AMOUNT_IN_YUAN)
                .map(e -> Finding.warning(FindingKind.AMOUNT_IN_YUAN, Map.of("title",
                        form.cell(e.getKey()).map(CellDef::title).orElse(e.getKey().toString())))
                        .about(e.getKey()).values(e.getValue().value().orElseThrow().toPlainString(),
                                e.getValue().printed()))
                .toList();
    }
}
