package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.CellCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a careful reader found in a report ({@code expected.json} of a case under {@code src/test/resources/reports/}).
 *
 * @param cells       every cell found, as plain text ("null" for a blank cell)
 * @param knownErrors the codes of the printed figures the expectations call source errors
 */
record Expectation(String unit, int year, String edition, Map<String, String> cells, List<String> knownErrors) {

    static Expectation read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Map<String, String> cells = new TreeMap<>();
        root.get("cells").properties().forEach(e -> cells.put(CellCode.parse(e.getKey()).toString(),
                e.getValue().isNull() ? "null" : plain(e.getValue().decimalValue())));
        List<String> errors = root.has("known_errors")
                ? root.get("known_errors").valueStream().map(e -> e.asText().replaceFirst(":.*", "")).toList()
                : List.of();
        return new Expectation(root.get("unit").asText(), root.get("year").asInt(), root.get("edition").asText(),
                cells, errors);
    }

    /** A report's cells as text in the same shape. */
    static Map<String, String> cellsOf(ExtractedReport report) {
        Map<String, String> cells = new TreeMap<>();
        report.cells().forEach((code, value) -> cells.put(code.toString(),
                value.value().map(Expectation::plain).orElse("null")));
        return cells;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
