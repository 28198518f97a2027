package cn.nianbao.annualreport.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.TableDef;

/**
 * Blank cells in proportion: a table's columns left blank from top to bottom become one {@code blank-cells} finding
 * per run of neighbouring columns (“依申请公开 商业企业、科研机构…各列空白，共 125 格”), then the neighbouring blank
 * cells of a row one per run; only the blanks left over stay one {@code blank-cell} finding each. A blank cell
 * a fix suggests a value for is never grouped: its own finding says what it should be.
 */
final class BlankCells {

    private BlankCells() {
    }

    /** {@code findings} with the blank cells grouped, each group where its first cell was. */
    static List<Finding> grouped(FilledForm filled, List<Finding> findings) {
        Set<CellCode> suggested = findings.stream().filter(FindingKind.LIKELY_WRONG_CELL::is)
                .flatMap(f -> f.cell().stream()).collect(Collectors.toSet());
        Map<CellCode, Finding> blank = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (FindingKind.BLANK_CELL.is(finding) && finding.cell().isPresent()
                    && !suggested.contains(finding.cell().get())) {
                blank.put(finding.cell().get(), finding);
            }
        }
        if (blank.size() < 2) {
            return findings;
        }
        Map<CellCode, Finding> replaced = new HashMap<>();
        for (TableDef table : filled.form().tables()) {
            List<CellDef> cells = table.cells().stream().filter(c -> filled.entries().containsKey(c.code())).toList();
            Set<CellCode> left = new HashSet<>(blank.keySet());
            for (List<List<CellDef>> run : runs(cells, c -> c.column().code(), left)) {
                group(filled, run, "columns", c -> table.columnName(c.column()), blank, replaced);
                run.forEach(line -> line.forEach(c -> left.remove(c.code())));
            }
            Map<String, List<CellDef>> rows = new LinkedHashMap<>();
            cells.forEach(c -> rows.computeIfAbsent(c.row().code(), k -> new ArrayList<>()).add(c));
            for (List<CellDef> row : rows.values()) {
                for (List<List<CellDef>> run : runs(row, c -> c.column().code(), left)) {
                    group(filled, run, "rows", c -> table.rowName(c.row()) + " › " + run.stream()
                            .map(cell -> table.columnName(cell.get(0).column())).collect(Collectors.joining("、")),
                            blank, replaced);
                }
            }
        }
        List<Finding> result = new ArrayList<>();
        Set<Finding> added = new HashSet<>();
        for (Finding finding : findings) {
            Finding group = blank.containsValue(finding) ? finding.cell().map(replaced::get).orElse(null) : null;
            if (group == null) {
                result.add(finding);
            } else if (added.add(group)) {
                result.add(group);
            }
        }
        return result;
    }

    /**
     * The runs of neighbouring lines (columns or rows, by {@code line}) whose every cell is blank and still
     * ungrouped, each line of at least one cell and each run of at least two cells.
     */
    private static List<List<List<CellDef>>> runs(List<CellDef> cells, Function<CellDef, String> line,
            Set<CellCode> blank) {
        Map<String, List<CellDef>> lines = new LinkedHashMap<>();
        cells.forEach(c -> lines.computeIfAbsent(line.apply(c), k -> new ArrayList<>()).add(c));
        List<List<List<CellDef>>> runs = new ArrayList<>();
        List<List<CellDef>> run = new ArrayList<>();
        for (List<CellDef> cellsOfLine : lines.values()) {
            if (cellsOfLine.stream().allMatch(c -> blank.contains(c.code()))) {
                run.add(cellsOfLine);
            } else {
                close(run, runs);
                run = new ArrayList<>();
            }
        }
        close(run, runs);
        return runs;
    }

    private static void close(List<List<CellDef>> run, List<List<List<CellDef>>> runs) {
        if (run.stream().mapToInt(List::size).sum() >= 2) {
            runs.add(run);
        }
    }

    private static void group(FilledForm filled, List<List<CellDef>> run, String lines,
            Function<CellDef, String> name, Map<CellCode, Finding> blank, Map<CellCode, Finding> replaced) {
        List<CellDef> cells = run.stream().flatMap(List::stream).toList();
        List<CellRef> places = cells.stream().map(c -> filled.entries().get(c.code()).where()).toList();
        CellRef first = places.get(0);
        int top = places.stream().mapToInt(CellRef::row).min().orElseThrow();
        int bottom = places.stream().mapToInt(CellRef::row).max().orElseThrow();
        int leftmost = places.stream().mapToInt(CellRef::column).min().orElseThrow();
        int rightmost = places.stream().mapToInt(CellRef::column).max().orElseThrow();
        String range = new CellRef(first.sheet(), top, leftmost).describe(Locale.ROOT) + ":"
                + new CellRef(first.sheet(), bottom, rightmost).a1();
        Map<String, String> args = new LinkedHashMap<>();
        args.put("range", range);
        args.put("labels", lines.equals("rows") ? name.apply(cells.get(0))
                : run.stream().map(line -> name.apply(line.get(0))).collect(Collectors.joining("、")));
        args.put("lines", lines);
        args.put("count", Integer.toString(cells.size()));
        args.put("codes", cells.stream().map(c -> c.code().toString()).collect(Collectors.joining(",")));
        Finding model = blank.get(cells.get(0).code());
        Finding group = new Finding(FindingKind.BLANK_CELLS.id(), model.severity(), model.cell(), model.where(), "0",
                "", args);
        cells.forEach(c -> replaced.put(c.code(), group));
    }
}
