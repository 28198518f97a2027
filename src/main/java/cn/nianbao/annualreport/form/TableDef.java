package cn.nianbao.annualreport.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One of the three statistical tables of an edition.
 *
 * @param code   {@code active}, {@code requests} or {@code appeals}
 * @param title  the heading printed above it in a report, e.g. 三、收到和处理政府信息公开申请情况
 * @param sheet  the name of its sheet in the standard workbook
 * @param blocks its stretches, in order
 */
public record TableDef(String code, String title, String sheet, List<Block> blocks) {

    /** Copies the blocks. */
    public TableDef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sheet, "sheet");
        blocks = List.copyOf(blocks);
    }

    /** Every row of the table, in order. */
    public List<RowDef> rows() {
        return blocks.stream().flatMap(b -> b.rows().stream()).toList();
    }

    /** Every column of the table, each once, in order of first use. */
    public List<ColumnDef> columns() {
        Map<String, ColumnDef> columns = new LinkedHashMap<>();
        blocks.forEach(b -> b.columns().forEach(c -> columns.putIfAbsent(c.code(), c)));
        return List.copyOf(columns.values());
    }

    /** Every data cell of the table, row by row. */
    public List<CellDef> cells() {
        List<CellDef> cells = new ArrayList<>();
        for (Block block : blocks) {
            for (RowDef row : block.rows()) {
                for (ColumnDef column : block.columns()) {
                    cells.add(new CellDef(new CellCode(code, row.code(), column.code()), this, row, column));
                }
            }
        }
        return List.copyOf(cells);
    }

    /** A short name for a row that no other row of the table shares, e.g. （三）不予公开 1.属于国家秘密. */
    public String rowName(RowDef row) {
        return shortestUniqueSuffix(row.label(), rows(), RowDef::label);
    }

    /** A short name for a column that no other column of the table shares, e.g. 法人或其他组织 其他. */
    public String columnName(ColumnDef column) {
        return shortestUniqueSuffix(column.header(), columns(), ColumnDef::header);
    }

    private static <T> String shortestUniqueSuffix(List<String> path, List<T> all, Function<T, List<String>> pathOf) {
        for (int n = 1; n < path.size(); n++) {
            List<String> suffix = path.subList(path.size() - n, path.size());
            long same = all.stream().map(pathOf).filter(p -> endsWith(p, suffix)).count();
            if (same == 1) {
                return String.join(" ", suffix);
            }
        }
        return String.join(" ", path);
    }

    private static boolean endsWith(List<String> path, List<String> suffix) {
        return path.size() >= suffix.size() && path.subList(path.size() - suffix.size(), path.size()).equals(suffix);
    }
}
