package cn.nianbao.annualreport.check;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.nianbao.annualreport.extract.ReadCoverage;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.ReportYear;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report of a batch check, in the form its reader wants: JSON for programs, CSV with one row per finding for
 * spreadsheets and scripts, and an .xlsx with a summary sheet (one row per file) and a findings sheet for a
 * supervisor. Every input file appears in each of them.
 */
public final class CheckReports {

    private static final String[] FINDING_COLUMNS = {"file", "status", "unit", "year", "edition", "rule", "severity",
        "code", "sheet", "cell", "where", "expected", "actual", "suggested", "alternatives", "message"};

    private final Messages messages;

    /** Reports with messages in the given language. */
    public CheckReports(Locale locale) {
        this.messages = Messages.of(locale);
    }

    /** Writes the report in the format its extension names: .json, .csv or .xlsx. */
    public void write(List<FileResult> results, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            writeJson(results, file);
        } else if (name.endsWith(".csv")) {
            writeCsv(results, file);
        } else if (name.endsWith(".xlsx")) {
            writeXlsx(results, file);
        } else {
            throw new IllegalArgumentException("报告文件应以 .json、.csv 或 .xlsx 结尾：" + file);
        }
    }

    /** Counts over the batch: files by status, findings by severity and by rule. */
    public static Map<String, Object> summary(List<FileResult> results) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", results.size());
        for (FileResult.Status status : FileResult.Status.values()) {
            summary.put(status.code(), results.stream().filter(r -> r.status() == status).count());
        }
        summary.put("error_findings", results.stream().mapToLong(FileResult::errors).sum());
        summary.put("warning_findings", results.stream().mapToLong(FileResult::warnings).sum());
        Map<String, Long> byRule = new TreeMap<>();
        results.forEach(r -> r.findings().forEach(f -> byRule.merge(f.ruleId(), 1L, Long::sum)));
        summary.put("by_rule", byRule);
        return summary;
    }

    private void writeJson(List<FileResult> results, Path file) throws IOException {
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileResult result : results) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", result.file().toString());
            entry.put("status", result.status().code());
            entry.put("unit", result.unit().orElse(null));
            entry.put("year", result.year().map(ReportYear::value).orElse(null));
            entry.put("edition", result.edition().orElse(null));
            entry.put("read", result.read().map(ReadCoverage::json).orElse(null));
            entry.put("findings", result.findings().stream().map(this::json).toList());
            files.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("files", files);
        root.put("summary", summary(results));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    /**
     * The value a finding suggests for its cell, when it is a cell of the likeliest fix of failed sums and balances
     * (the localisation's {@code likely-wrong-cell} finding).
     */
    public static Optional<String> suggested(Finding finding) {
        return Localised.suggested(finding);
    }

    /** A finding as the JSON report and the converter's JSON write it. */
    public Map<String, Object> json(Finding finding) {
        Map<String, Object> entry = new LinkedHashMap<>();
        Optional<CellRef> ref = finding.where().filter(CellRef.class::isInstance).map(CellRef.class::cast);
        entry.put("rule", finding.ruleId());
        entry.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        entry.put("code", finding.cell().map(Object::toString).orElse(null));
        entry.put("sheet", ref.map(CellRef::sheet).orElse(null));
        entry.put("cell", ref.map(CellRef::a1).orElse(null));
        entry.put("where", finding.where().isEmpty() ? null : messages.where(finding));
        entry.put("message", messages.render(finding));
        entry.put("expected", finding.expected());
        entry.put("actual", finding.actual());
        entry.put("suggested", Localised.suggested(finding).orElse(null));
        entry.put("alternatives", Localised.alternatives(finding));
        entry.put("args", finding.args());
        return entry;
    }

    private void writeCsv(List<FileResult> results, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF'); // so that Excel opens the UTF-8 file with its Chinese intact
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(FINDING_COLUMNS).get());
            for (List<Object> row : findingRows(results)) {
                csv.printRecord(row.stream().map(v -> v instanceof String text ? CsvText.safe(text) : v).toList());
            }
            csv.flush();
        }
    }

    /** One row per finding; a file without findings gets one row with the rule left empty. */
    private List<List<Object>> findingRows(List<FileResult> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (FileResult result : results) {
            List<Object> file = List.of(result.file().toString(), result.status().code(), result.unit().orElse(""),
                    result.year().map(Object::toString).orElse(""), result.edition().orElse(""));
            if (result.findings().isEmpty()) {
                List<Object> row = new ArrayList<>(file);
                for (int i = file.size(); i < FINDING_COLUMNS.length; i++) {
                    row.add("");
                }
                rows.add(row);
            }
            for (Finding finding : result.findings()) {
                Map<String, Object> json = json(finding);
                List<Object> row = new ArrayList<>(file);
                for (int i = file.size(); i < FINDING_COLUMNS.length; i++) {
                    Object value = json.get(FINDING_COLUMNS[i]);
                    row.add(value == null ? "" : value instanceof List<?> list
                            ? String.join(Localised.BETWEEN_FIXES, list.stream().map(Object::toString).toList())
                            : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void writeXlsx(List<FileResult> results, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            SXSSFSheet summary = workbook.createSheet(messages.text("report.summary-sheet"));
            String[] summaryColumns = messages.texts("report.summary-columns").toArray(String[]::new);
            int[] widths = {48, 30, 8, 8, 8, 8, 10, 12};
            row(summary, 0, header, (Object[]) summaryColumns);
            int r = 1;
            for (FileResult result : results) {
                row(summary, r++, null, result.file().toString(), result.unit().orElse(""),
                        result.year().map(Object::toString).orElse(""), result.edition().orElse(""), result.errors(),
                        result.warnings(), messages.text("status." + result.status().code()),
                        result.read().map(read -> read.cells() + "/" + read.ofCells()).orElse(""));
            }
            finish(summary, summaryColumns.length, r, widths);
            SXSSFSheet findings = workbook.createSheet(messages.text("report.findings-sheet"));
            String[] findingColumns = messages.texts("report.findings-columns").toArray(String[]::new);
            row(findings, 0, header, (Object[]) findingColumns);
            r = 1;
            for (List<Object> row : findingRows(results)) {
                row(findings, r++, null, row.toArray());
            }
            finish(findings, findingColumns.length, r,
                    new int[] {40, 8, 24, 6, 6, 22, 8, 34, 12, 8, 20, 10, 10, 10, 40, 80});
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void row(SXSSFSheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            if (values[c] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(values[c]));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void finish(SXSSFSheet sheet, int columns, int rows, int[] widths) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
