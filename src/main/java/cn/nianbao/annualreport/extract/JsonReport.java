package cn.nianbao.annualreport.extract;

import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.form.Severity;
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A report read back from the JSON that {@code convert --json} or {@code export --format json} wrote: one object
 * or a list of them. Every cell comes back as it was printed, so that the workbook written from it holds the same
 * figures; the findings that reading the source found ({@code "from": "reading"}: a row in doubt, a split cell) come
 * back as they were, and the checker finds the rest again.
 *
 * @param file   the source the object names in its {@code file} field, or the JSON file itself
 * @param report the report's unit, year, edition, cells and narrative
 * @param stored how the standard workbook the JSON was made of stored its cells ({@code "source": "workbook"}),
 *               so that it is checked as that workbook was; empty for a published report
 */
public record JsonReport(Path file, ExtractedReport report, Optional<WorkbookCells> stored) {

    /** Figures are read as decimals, so that 1E400 is a number too large for a table, not an infinite double. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** No figure in these tables needs more digits, or a larger exponent, than these. */
    private static final int LONGEST_NUMBER = 40;
    private static final int LARGEST_SCALE = 20;

    /** Checks the fields. */
    public JsonReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(stored, "stored");
    }

    /**
     * Reads every report object of a JSON file.
     *
     * @throws IOException when the file is not such JSON, with a reason naming the object and field
     */
    public static List<JsonReport> readAll(Path json, FormDefinitions forms) throws IOException {
        return reports(tree(() -> JSON.readTree(json.toFile())), json, forms);
    }

    /**
     * Reads every report object of JSON text (as a converted report's workbook keeps it), each naming {@code file}
     * unless it names its own.
     *
     * @throws IOException when the text is not such JSON, with a reason naming the object and field
     */
    public static List<JsonReport> parse(String text, Path file, FormDefinitions forms) throws IOException {
        return reports(tree(() -> JSON.readTree(text)), file, forms);
    }

    /** How the JSON is read: from a file or from text. */
    private interface JsonSource {
        JsonNode read() throws IOException;
    }

    private static JsonNode tree(JsonSource source) throws IOException {
        try {
            return source.read();
        } catch (StreamConstraintsException e) {
            throw new ReadRefusal(Reason.of("json.too-long"), e);
        } catch (JsonProcessingException e) {
            throw new ReadRefusal(e.getLocation() == null ? Reason.of("json.invalid") : new Reason("json.invalid-at",
                    Map.of("line", e.getLocation().getLineNr(), "column", e.getLocation().getColumnNr())), e);
        } catch (CharConversionException e) {
            throw new ReadRefusal(Reason.of("json.encoding"), e);
        }
    }

    private static List<JsonReport> reports(JsonNode root, Path json, FormDefinitions forms) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(objects::add);
        } else if (root != null && root.isObject()) {
            objects.add(root);
        } else {
            throw new ReadRefusal(Reason.of("json.not-reports"));
        }
        List<JsonReport> reports = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Reason why;
            try {
                reports.add(read(objects.get(i), json, forms));
                continue;
            } catch (Refused e) {
                why = e.reason;
            } catch (IllegalArgumentException e) {
                // a code, place or year the form's types refuse
                why = Reason.of("json.not-nianbao");
            }
            throw new ReadRefusal(objects.size() == 1 ? why : new Reason("json.in-object", Map.of("index", i + 1,
                    "why", why)));
        }
        return reports;
    }

    private static JsonReport read(JsonNode object, Path json, FormDefinitions forms) {
        if (!object.isObject() || !object.path("cells").isObject()) {
            throw new Refused(Reason.of("json.no-cells"));
        }
        String edition = object.path("edition").asText("");
        Set<String> codes = new TreeSet<>();
        object.get("cells").fieldNames().forEachRemaining(codes::add);
        FormDefinition form = form(forms, edition, codes);
        Map<CellCode, PrintedValue> cells = new HashMap<>();
        for (CellDef cell : form.cells()) {
            cell(object, cell.code()).ifPresent(value -> cells.put(cell.code(), value));
        }
        Map<String, String> narrative = new LinkedHashMap<>();
        object.path("narrative").properties().forEach(e -> narrative.put(e.getKey(), e.getValue().asText()));
        Optional<String> unit = text(object.path("unit"));
        JsonNode year = object.path("year");
        Optional<ReportYear> yearNumber = year.canConvertToInt() && year.isIntegralNumber()
                ? ReportYear.entered(Integer.toString(year.intValue())) : Optional.empty();
        Path file = text(object.path("file")).map(Path::of).orElse(json);
        return new JsonReport(file, new ExtractedReport(unit, yearNumber, form, cells,
                readingFindings(object.path("findings")), narrative), stored(object, form));
    }

    /** The edition, or its variant, whose codes are exactly those of the object. */
    private static FormDefinition form(FormDefinitions forms, String edition, Set<String> codes) {
        List<FormDefinition> candidates = Stream.concat(forms.edition(edition).stream(),
                forms.variants().stream().filter(v -> v.edition().equals(edition))).toList();
        if (candidates.isEmpty()) {
            throw new Refused(new Reason("json.unknown-edition", Map.of("edition", edition, "editions",
                    List.copyOf(forms.codes()))));
        }
        for (FormDefinition form : candidates) {
            if (form.cells().stream().map(c -> c.code().toString()).collect(Collectors.toSet()).equals(codes)) {
                return form;
            }
        }
        Set<String> known = candidates.stream().flatMap(f -> f.cells().stream()).map(c -> c.code().toString())
                .collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(known);
        throw new Refused(unknown.isEmpty() ? Reason.of("json.missing-cells", "edition", edition)
                : new Reason("json.unknown-cells", Map.of("edition", edition, "codes", List.copyOf(unknown))));
    }

    /** A cell as printed: the printed text when there is one (it must stand for the figure), else the figure. */
    private static Optional<PrintedValue> cell(JsonNode object, CellCode code) {
        JsonNode figure = object.get("cells").get(code.toString());
        JsonNode printedNode = object.path("printed").path(code.toString());
        Optional<String> printed = printedNode.isTextual() ? Optional.of(printedNode.asText()) : Optional.empty();
        if (figure != null && !figure.isNull() && !figure.isNumber()) {
            throw new Refused(new Reason("json.not-a-number", Map.of("code", code.toString(), "value",
                    figure.toString())));
        }
        Optional<BigDecimal> value = figure == null || figure.isNull() ? Optional.empty()
                : Optional.of(figure.decimalValue());
        if (value.isPresent() && (value.get().precision() > LONGEST_NUMBER
                || Math.abs(value.get().scale()) > LARGEST_SCALE)) {
            throw new Refused(Reason.of("json.impossible-number", "code", code.toString()));
        }
        if (printed.isPresent()) {
            PrintedValue read = PrintedValue.read(printed.get());
            if (!read.value().map(v -> value.map(v::compareTo).orElse(1) == 0).orElse(value.isEmpty())) {
                throw new Refused(new Reason("json.printed-differs", Map.of("code", code.toString(), "printed",
                        printed.get(), "value", value.map(BigDecimal::toPlainString).orElse("null"))));
            }
            return Optional.of(read);
        }
        return value.map(v -> PrintedValue.read(v.toPlainString()));
    }

    /** How the workbook stored its cells, for a JSON made of a standard workbook. */
    private static Optional<WorkbookCells> stored(JsonNode object, FormDefinition form) {
        if (!object.path("source").asText().equals("workbook")) {
            return Optional.empty();
        }
        Map<CellCode, String> formats = new HashMap<>();
        object.path("formats").properties().forEach(e -> formats.put(known(form, e.getKey()), e.getValue().asText()));
        Set<CellCode> formulas = new TreeSet<>();
        object.path("formulas").forEach(code -> formulas.add(known(form, code.asText())));
        return Optional.of(new WorkbookCells(formats, formulas));
    }

    private static CellCode known(FormDefinition form, String code) {
        return form.cells().stream().map(CellDef::code).filter(c -> c.toString().equals(code)).findFirst()
                .orElseThrow(() -> new Refused(new Reason("json.no-cell", Map.of("edition", form.edition(), "code",
                        code))));
    }

    /**
     * The findings marked as found by reading the source, as they were; a finding that is not an object with a rule
     * and a known severity is refused (the JSON was not written by nianbao, or was changed).
     */
    private static List<Finding> readingFindings(JsonNode findings) {
        List<Finding> read = new ArrayList<>();
        for (JsonNode finding : findings) {
            if (!finding.path("from").asText().equals("reading")) {
                continue;
            }
            String rule = finding.path("rule").asText("");
            Optional<Severity> severity = Stream.of(Severity.values())
                    .filter(s -> s.name().equalsIgnoreCase(finding.path("severity").asText())).findFirst();
            if (rule.isBlank() || severity.isEmpty()) {
                throw new Refused(Reason.of("json.finding-without-rule", "finding", finding.toString()));
            }
            Map<String, String> args = new LinkedHashMap<>();
            finding.path("args").properties().forEach(e -> args.put(e.getKey(), e.getValue().asText()));
            read.add(new Finding(rule, severity.get(), text(finding.path("code")).map(CellCode::parse),
                    text(finding.path("where")).map(Location::parse), finding.path("expected").asText(""),
                    finding.path("actual").asText(""), args));
        }
        return read;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** An object that is not a report nianbao wrote, for the reason given; the object's number is added to it. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Reason reason;

        Refused(Reason reason) {
            super(reason.chinese(), null, false, false);
            this.reason = reason;
        }
    }
}
