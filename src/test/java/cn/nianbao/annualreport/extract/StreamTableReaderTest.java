package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinitions;

/** The one-cell-per-line seed reports read cell for cell as the shared expectations say. */
class StreamTableReaderTest {

    private static final Path SHARED = Path.of("..", "shared");

    @ParameterizedTest
    @CsvSource({"000_2f396f1e852b3100,2021", "001_0d529075b8579b4b,2021", "003_b49badf6c65abf03,2019",
        "004_47e6c7f05ba30db4,2019"})
    void readsEveryCellOfAOneCellPerLineSeed(String seed, String edition) throws Exception {
        var lines = Files.readAllLines(SHARED.resolve("seeds/" + seed + ".txt"), StandardCharsets.UTF_8);
        var form = FormDefinitions.load().edition(edition).orElseThrow();
        var reading = new StreamTableReader(form).read(CellStream.of(lines));
        Map<String, String> actual = new TreeMap<>();
        reading.cells().forEach((code, value) -> actual.put(code.toString(),
                value.value().map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).orElse("null")));
        assertEquals(expected(seed), actual, reading.problems().toString());
        assertEquals(form.cells().size(), reading.cells().size());
        assertEquals(java.util.List.of(), reading.problems());
    }

    private static Map<String, String> expected(String seed) throws Exception {
        String json = Files.readString(SHARED.resolve("seeds-expected/" + seed + ".json"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"((?:active|requests|appeals)\\.[a-z_]+\\.[a-z_]+)\": (-?[0-9.]+|null)")
                .matcher(json);
        Map<String, String> cells = new TreeMap<>();
        while (m.find()) {
            cells.put(CellCode.parse(m.group(1)).toString(), m.group(2).equals("null") ? "null"
                    : new BigDecimal(m.group(2)).stripTrailingZeros().toPlainString());
        }
        return cells;
    }
}
