package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.TableDef;
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Other spellings of row labels seen in published reports, by {@code table.row} code, read at run time from
 * {@code converters/labels.yaml} (and any file a user adds), so that a variant can be added without rebuilding.
 *
 * @param rows the variants of each row's last label level, by {@code table.row}
 */
public record LabelVariants(Map<String, List<String>> rows) {

    /** No variants: official labels only. */
    public static final LabelVariants NONE = new LabelVariants(Map.of());

    /** The file of variants that comes with nianbao, relative to its installation. */
    static final Path INSTALLED = Path.of("converters", "labels.yaml");
    /** The variants that come with nianbao, inside its jar. */
    private static final String BUILT_IN = "/converters/labels.yaml";

    private record LabelsFile(Map<String, List<String>> rows) {
    }

    /** Copies the lists. */
    public LabelVariants {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        rows.forEach((code, names) -> copy.put(code, List.copyOf(names)));
        rows = Map.copyOf(copy);
    }

    /**
     * Reads a file of variants; fails with a reason naming the file for bad YAML and for a code that is not a row of
     * any edition.
     */
    public static LabelVariants load(Path file, FormDefinitions forms) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString(), forms);
        }
    }

    private static LabelVariants parse(InputStream in, String file, FormDefinitions forms) throws IOException {
        LabelsFile parsed;
        try {
            parsed = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, LabelsFile.class);
        } catch (JacksonException e) {
            throw new ReadRefusal(new Reason("labels.malformed", Map.of("file", file.toString(), "detail",
                    String.valueOf(e.getOriginalMessage()))), e);
        }
        Map<String, List<String>> rows = parsed == null || parsed.rows() == null ? Map.of() : parsed.rows();
        List<String> known = rowCodes(forms);
        for (Map.Entry<String, List<String>> entry : rows.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new ReadRefusal(new Reason("labels.unknown-row", Map.of("file", file.toString(), "row",
                        entry.getKey())));
            }
            if (entry.getValue() == null || entry.getValue().stream().anyMatch(n -> n == null || n.isBlank())) {
                throw new ReadRefusal(new Reason("labels.empty-list", Map.of("file", file.toString(), "row",
                        entry.getKey())));
            }
        }
        return new LabelVariants(rows);
    }

    /**
     * The variants that come with nianbao (inside its jar, {@code converters/labels.yaml}), with those of a
     * {@code converters/labels.yaml} beside its installation laid over them, where there is one: a jar copied anywhere
     * reads reports as the installation does.
     */
    public static LabelVariants installed(FormDefinitions forms) throws IOException {
        LabelVariants builtIn;
        try (InputStream in = LabelVariants.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("jar 中缺少 " + BUILT_IN);
            }
            builtIn = parse(in, BUILT_IN, forms);
        }
        Optional<Path> beside = home().map(h -> h.resolve(INSTALLED)).filter(Files::isRegularFile);
        return beside.isPresent() ? builtIn.with(load(beside.get(), forms)) : builtIn;
    }

    /** These variants and the other's, the other's added after these. */
    public LabelVariants with(LabelVariants other) {
        Map<String, List<String>> merged = new LinkedHashMap<>(rows);
        other.rows.forEach((code, names) -> merged.merge(code, names, (a, b) -> {
            LinkedHashSet<String> both = new LinkedHashSet<>(a);
            both.addAll(b);
            return List.copyOf(both);
        }));
        return new LabelVariants(merged);
    }

    /** The variants of one row. */
    List<String> of(TableDef table, String row) {
        return rows.getOrDefault(table.code() + "." + row, List.of());
    }

    private static List<String> rowCodes(FormDefinitions forms) {
        return Stream.concat(forms.all().stream(), forms.variants().stream())
                .flatMap(form -> form.tables().stream())
                .flatMap(t -> t.blocks().stream().flatMap(b -> b.rows().stream()).map(r -> t.code() + "." + r.code()))
                .distinct().toList();
    }

    /**
     * Where nianbao is installed: the {@code nianbao.home} property the launcher sets, or else the project
     * directory holding the jar ({@code target/nianbao.jar}) or the classes ({@code target/classes}).
     */
    private static Optional<Path> home() {
        String property = System.getProperty("nianbao.home");
        if (property != null) {
            return Optional.of(Path.of(property));
        }
        try {
            Path code = Path.of(LabelVariants.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(code.getParent()).map(Path::getParent);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
