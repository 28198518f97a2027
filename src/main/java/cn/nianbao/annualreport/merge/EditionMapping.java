package cn.nianbao.annualreport.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Which cell of a newer edition each comparable cell of an older edition adds into, read from
 * {@code workbook-templates/forms/edition-mapping.yaml}. Only entered cells are mapped: totals are formulas in the
 * summary and are computed again from the mapped parts.
 *
 * <pre>{@code
 * EditionMapping mapping = EditionMapping.load(FormDefinitions.load());
 * mapping.target(CellCode.parse("requests.new.business"));   // requests.new.business of 2021
 * }</pre>
 */
public final class EditionMapping {

    /** The name of the installed mapping file, under {@code workbook-templates/forms/}. */
    public static final String FILE = "edition-mapping.yaml";

    private static final String ROOT = "/workbook-templates/forms/";

    /** The shape of the file, as Jackson reads it. */
    private record MappingFile(String from, String to, LinkedHashMap<String, String> cells) {
    }

    private final FormDefinition from;
    private final FormDefinition to;
    private final Map<CellCode, CellCode> cells;

    private EditionMapping(FormDefinition from, FormDefinition to, Map<CellCode, CellCode> cells) {
        this.from = from;
        this.to = to;
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** Reads and validates the installed mapping; a broken file fails here with its name and the bad entry. */
    public static EditionMapping load(FormDefinitions forms) {
        try (InputStream in = EditionMapping.class.getResourceAsStream(ROOT + FILE)) {
            if (in == null) {
                throw new IllegalStateException("找不到版本对应表 " + ROOT + FILE);
            }
            return read(forms, FILE, in);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取版本对应表 " + FILE + "：" + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates a mapping file.
     *
     * @param forms the editions the codes must exist in
     * @param name  the file's name, for messages
     * @param in    its content
     * @throws IllegalStateException naming the file and the entry when the file is not valid
     */
    public static EditionMapping read(FormDefinitions forms, String name, InputStream in) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        MappingFile file;
        try {
            file = yaml.readValue(in, MappingFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("版本对应表 " + name + " 格式不对：" + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取版本对应表 " + name + "：" + e.getMessage(), e);
        }
        if (file == null) {
            throw new IllegalStateException("版本对应表 " + name + " 是空的");
        }
        FormDefinition from = edition(forms, name, "from", file.from());
        FormDefinition to = edition(forms, name, "to", file.to());
        if (from.edition().equals(to.edition())) {
            throw new IllegalStateException("版本对应表 " + name + "：from 与 to 是同一版本 " + from.edition());
        }
        if (file.cells() == null || file.cells().isEmpty()) {
            throw new IllegalStateException("版本对应表 " + name + "：cells 中没有任何对应");
        }
        Map<CellCode, CellCode> cells = new LinkedHashMap<>();
        Map<CellCode, CellCode> sources = new HashMap<>();
        for (Map.Entry<String, String> entry : file.cells().entrySet()) {
            String where = "版本对应表 " + name + " cells/" + entry.getKey() + "：";
            CellCode source = entered(from, entry.getKey(), where);
            CellCode target = entered(to, entry.getValue(), where);
            CellCode earlier = sources.putIfAbsent(target, source);
            if (earlier != null) {
                throw new IllegalStateException(where + to.edition() + " 版的 " + target + " 已由 " + earlier
                        + " 对应，一个格只能由一个格对应");
            }
            cells.put(source, target);
        }
        return new EditionMapping(from, to, cells);
    }

    private static FormDefinition edition(FormDefinitions forms, String name, String key, String code) {
        return forms.edition(Objects.toString(code, "")).orElseThrow(() -> new IllegalStateException("版本对应表 "
                + name + "：" + key + " 的版本“" + code + "”不存在，可用的版本：" + String.join("、", forms.codes())));
    }

    private static CellCode entered(FormDefinition form, String text, String where) {
        CellCode code;
        try {
            code = CellCode.parse(Objects.toString(text, ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
        if (form.cell(code).isEmpty()) {
            throw new IllegalStateException(where + form.edition() + " 版没有单元格 " + code);
        }
        if (form.computedCells().containsKey(code)) {
            throw new IllegalStateException(where + code + " 在 " + form.edition()
                    + " 版中是公式计算的合计，不能对应；请对应它的各项");
        }
        return code;
    }

    /** The older edition, whose figures are mapped. */
    public FormDefinition from() {
        return from;
    }

    /** The newer edition, which the figures are mapped onto. */
    public FormDefinition to() {
        return to;
    }

    /** Every mapped cell, older code to newer code, in file order. */
    public Map<CellCode, CellCode> cells() {
        return cells;
    }

    /** The newer edition's cell that an older cell adds into, if it is comparable. */
    Optional<CellCode> target(CellCode source) {
        return Optional.ofNullable(cells.get(source));
    }

    /** The older edition's entered cells that have no counterpart, in table order. */
    List<CellDef> unmapped() {
        return from.cells().stream()
                .filter(c -> !from.computedCells().containsKey(c.code()) && !cells.containsKey(c.code()))
                .toList();
    }

    /**
     * The unmapped cells as a person reads them: for each table, its rows, with the columns named where only some of
     * a row's cells are unmapped, e.g. 主动公开：规章、行政许可（上一年项目数量、本年增/减）.
     */
    public String unmappedRows() {
        Map<String, Map<String, List<CellDef>>> byTable = new LinkedHashMap<>();
        for (CellDef cell : unmapped()) {
            byTable.computeIfAbsent(cell.table().sheet(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(cell.row().code(), r -> new ArrayList<>()).add(cell);
        }
        List<String> tables = new ArrayList<>();
        byTable.forEach((sheet, rows) -> {
            List<String> names = new ArrayList<>();
            rows.values().forEach(row -> names.add(rowName(row)));
            tables.add(sheet + "：" + String.join("、", names));
        });
        return String.join("；", tables);
    }

    private String rowName(List<CellDef> unmappedOfRow) {
        CellDef first = unmappedOfRow.get(0);
        String row = first.table().rowName(first.row());
        long entered = from.cells().stream().filter(c -> c.table().code().equals(first.table().code())
                && c.row().code().equals(first.row().code()) && !from.computedCells().containsKey(c.code())).count();
        if (entered == unmappedOfRow.size()) {
            return row;
        }
        List<String> columns = unmappedOfRow.stream().map(c -> c.column().label()).toList();
        return row + "（" + String.join("、", columns) + "）";
    }
}
