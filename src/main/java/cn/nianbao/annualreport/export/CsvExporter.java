package cn.nianbao.annualreport.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.nianbao.annualreport.check.CsvText;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes reports as CSV for statisticians (RFC 4180, UTF-8, optionally with the byte order mark Excel needs):
 *
 * <ul>
 * <li>{@code long}: one row per cell, {@code file,unit,year,edition,table,row,column,code,value,printed}: the
 * figure as a plain number in {@code value} (empty where the cell holds none: blank, “—”, text), so that a column
 * sums without cleaning, and the text as printed in {@code printed} where it is anything but that plain number
 * ({@code 減6}, {@code 679.7萬元}, {@code —});
 * <li>{@code wide}: one row per report, {@code file,unit,year,edition,errors,warnings}, then one column per code of
 * every edition (empty where the report's edition has no such cell);
 * <li>the codebook: {@code code,table,row_label,column_label,editions,kind,unit}.
 * </ul>
 *
 * <p>Values are written as they are, never rounded or reformatted; a text that a spreadsheet would run as a formula
 * (one that begins with {@code = + - @}, a tab or a carriage return and is not a number) gets a leading {@code '}.
 *
 * <pre>{@code
 * new CsvExporter(forms, true).writeLong(reports, Path.of("cells.csv"));
 * }</pre>
 */
public final class CsvExporter {

    /** The columns of the long format. */
    public static final List<String> LONG_COLUMNS = List.of("file", "unit", "year", "edition", "table", "row",
            "column", "code", "value", "printed");

    /** The first columns of the wide format; one column per code follows. */
    public static final List<String> WIDE_COLUMNS = List.of("file", "unit", "year", "edition", "errors", "warnings");

    /** The columns of the codebook. */
    public static final List<String> CODEBOOK_COLUMNS = List.of("code", "table", "row_label", "column_label",
            "editions", "kind", "unit");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final FormDefinitions forms;
    private final boolean excel;

    /**
     * An exporter.
     *
     * @param forms the editions, for the wide format's columns and the codebook
     * @param excel whether to begin each file with a byte order mark, so that Excel reads it as UTF-8
     */
    public CsvExporter(FormDefinitions forms, boolean excel) {
        this.forms = forms;
        this.excel = excel;
    }

    /** Writes one row per cell of every report. */
    public void writeLong(List<ExportedReport> reports, Path file) throws IOException {
        try (CSVPrinter csv = printer(file, LONG_COLUMNS)) {
            for (ExportedReport report : reports) {
                for (CellDef cell : report.form().cells()) {
                    CellCode code = cell.code();
                    String value = report.figure(code).map(BigDecimal::toPlainString).orElse("");
                    String printed = report.printed().getOrDefault(code, "");
                    csv.printRecord(CsvText.safe(report.file().toString()), CsvText.safe(report.unit().orElse("")),
                            report.year().map(String::valueOf).orElse(""), report.edition(), code.table(), code.row(),
                            code.column(), code.toString(), value, CsvText.safe(printed.equals(value) ? "" : printed));
                }
            }
        }
    }

    /** Writes one row per report, one column per code of every edition. */
    public void writeWide(List<ExportedReport> reports, Path file) throws IOException {
        List<CellCode> codes = allCodes().keySet().stream().toList();
        List<String> header = new ArrayList<>(WIDE_COLUMNS);
        codes.forEach(c -> header.add(c.toString()));
        try (CSVPrinter csv = printer(file, header)) {
            for (ExportedReport report : reports) {
                List<String> row = new ArrayList<>(List.of(CsvText.safe(report.file().toString()),
                        CsvText.safe(report.unit().orElse("")), report.year().map(String::valueOf).orElse(""),
                        report.edition(), Long.toString(report.errors()), Long.toString(report.warnings())));
                codes.forEach(c -> row.add(CsvText.safe(report.printed().getOrDefault(c, ""))));
                csv.printRecord(row);
            }
        }
    }

    /** Writes the data dictionary: every code of every edition, with its labels, editions, kind and unit. */
    public void writeCodebook(Path file) throws IOException {
        try (CSVPrinter csv = printer(file, CODEBOOK_COLUMNS)) {
            for (Map.Entry<CellCode, Map<String, CellDef>> entry : allCodes().entrySet()) {
                CellDef cell = entry.getValue().values().iterator().next();
                csv.printRecord(Stream.of(entry.getKey().toString(), cell.table().title(),
                        String.join(" › ", cell.row().label()), String.join(" › ", cell.column().header()),
                        String.join(" ", entry.getValue().keySet()), cell.kind().code(), cell.kind().unit().orElse(""))
                        .map(CsvText::safe).toList());
            }
        }
    }

    /** Every code of every edition, newest edition first, with the cell of each edition that has it. */
    private Map<CellCode, Map<String, CellDef>> allCodes() {
        Map<CellCode, Map<String, CellDef>> codes = new LinkedHashMap<>();
        for (FormDefinition form : forms.all()) {
            form.cells().forEach(c -> codes.computeIfAbsent(c.code(), k -> new LinkedHashMap<>())
                    .put(form.edition(), c));
        }
        return codes;
    }

    private CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (excel) {
            out.write(BYTE_ORDER_MARK);
        }
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

}
