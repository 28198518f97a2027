package cn.nianbao.annualreport.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** A report's cells as text, for comparing with the expectations. */
final class Cells {

    private Cells() {
    }

    static Map<String, String> asText(ExtractedReport report) {
        Map<String, String> cells = new TreeMap<>();
        report.cells().forEach((code, value) -> cells.put(code.toString(),
                value.value().map(BigDecimal::toPlainString).orElse("null")));
        return cells;
    }
}
