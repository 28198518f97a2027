package cn.nianbao.annualreport.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.nianbao.annualreport.check.CheckReports;
import cn.nianbao.annualreport.extract.ReadCoverage;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.ReportYear;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes reports as JSON objects: {@code file}, {@code unit}, {@code year}, {@code edition}, {@code cells} (every
 * code of the edition, its number or null), {@code printed} (the text of every cell the source holds that is not
 * a plain number, "" for a blank one), {@code narrative} and {@code findings}. {@code convert --json} writes one
 * object per file, {@code export --format json} a list of them; {@code convert} reads both back.
 *
 * <pre>{@code
 * new JsonExporter().writeAll(reports, Path.of("reports.json"));
 * }</pre>
 */
public final class JsonExporter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final CheckReports findings = new CheckReports(Locale.CHINESE);

    /** One report as a JSON object. */
    Map<String, Object> object(ExportedReport report) {
        Map<String, Object> cells = new LinkedHashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        for (CellDef cell : report.form().cells()) {
            BigDecimal figure = report.figure(cell.code()).orElse(null);
            cells.put(cell.code().toString(), figure);
            String text = report.printed().get(cell.code());
            if (text != null && !PrintedValue.read(text).isPlainNumber()) {
                printed.put(cell.code().toString(), text);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", report.file().toString());
        root.put("unit", report.unit().orElse(null));
        root.put("year", report.year().map(ReportYear::value).orElse(null));
        root.put("edition", report.edition());
        root.put("source", report.stored().isPresent() ? "workbook" : "report");
        root.put("read", ReadCoverage.of(report.form(), report.printed().keySet()).json());
        root.put("cells", cells);
        root.put("printed", printed);
        root.put("narrative", report.narrative());
        report.stored().ifPresent(stored -> {
            Map<String, String> formats = new LinkedHashMap<>();
            stored.formats().forEach((code, format) -> formats.put(code.toString(), format));
            root.put("formats", formats);
            root.put("formulas", stored.formulas().stream().map(CellCode::toString).toList());
        });
        root.put("findings", report.findings().stream().map(f -> {
            Map<String, Object> finding = findings.json(f);
            finding.put("from", report.read().contains(f) ? "reading" : "check");
            return finding;
        }).toList());
        return root;
    }

    /** One report, as one object. */
    public void write(ExportedReport report, Path file) throws IOException {
        JSON.writeValue(file.toFile(), object(report));
    }

    /** One report, as the text of one object. */
    public String text(ExportedReport report) throws IOException {
        return JSON.writeValueAsString(object(report));
    }

    /** Several reports, as a list of objects. */
    public void writeAll(List<ExportedReport> reports, Path file) throws IOException {
        JSON.writeValue(file.toFile(), reports.stream().map(this::object).toList());
    }
}
