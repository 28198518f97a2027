package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.ReportYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV report defuses every text a spreadsheet would run, in every column, and leaves numbers alone. */
class CheckReportsTest {

    @TempDir
    Path dir;

    @Test
    void defusesFormulasInEveryTextColumnOfTheCsvReport() throws Exception {
        String formula = "=cmd|' /C calc'!A0";
        Finding finding = Finding.error("text-in-number-cell", Map.of("title", "@SUM(A1)")).values("-3", formula);
        FileResult result = new FileResult(Path.of("+1+1.xlsx"), FileResult.Status.ERRORS, Optional.of(formula),
                Optional.of(new ReportYear(2024)), Optional.of("2021"), Optional.empty(), List.of(finding),
                FileResult.Carried.NONE);
        Path csv = dir.resolve("report.csv");
        new CheckReports(Locale.CHINESE).write(List.of(result), csv);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
        assertEquals(1, records.size());
        CSVRecord row = records.get(0);
        assertEquals("'+1+1.xlsx", row.get(0).replace("\uFEFF", ""));
        assertEquals("'" + formula, row.get("unit"));
        assertEquals("'" + formula, row.get("actual"));
        assertEquals("-3", row.get("expected"), "a number is left as it is");
        for (String value : row.values()) {
            String text = value.replace("\uFEFF", "");
            assertTrue(text.isEmpty() || "=+@\t\r".indexOf(text.charAt(0)) < 0, "a cell a spreadsheet would run: "
                    + value);
        }
    }
}
