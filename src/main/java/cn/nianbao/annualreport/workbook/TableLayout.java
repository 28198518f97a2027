package cn.nianbao.annualreport.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.BlockLayout;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.ColumnDef;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.TableDef;

/**
 * Where everything of one table stands on its sheet, derived from the table definition alone: the title row,
 * then each block's caption, header and rows, the way the official table prints them.
 *
 * <p>Label and header paths merge where neighbours share a prefix, and the last level of a path stretches to the
 * table's edge: 三、本年度办理结果 covers the 22 result rows, 一、本年新收… spans the three label columns, and a
 * block with fewer columns than the table widens its last column.
 *
 * @param table          the table
 * @param spans          every title, caption, header, label and data rectangle, top to bottom
 * @param labelColumns   how many columns the row labels take
 * @param width          how many columns the table takes
 * @param firstHeaderRow the first row of the first block's header (repeated on printed pages)
 * @param firstDataRow   the first row of the first block's data (panes freeze above it)
 */
public record TableLayout(TableDef table, List<Span> spans, int labelColumns, int width, int firstHeaderRow,
        int firstDataRow) {

    /** Copies the spans. */
    public TableLayout {
        spans = List.copyOf(spans);
    }

    /** Lays out a table. */
    public static TableLayout of(TableDef table) {
        int labelColumns = table.blocks().stream().filter(b -> b.layout() == BlockLayout.GRID)
                .flatMap(b -> b.rows().stream()).mapToInt(r -> r.label().size()).max().orElse(0);
        int dataColumns = table.blocks().stream().mapToInt(TableLayout::dataColumns).max().orElse(1);
        int width = labelColumns + dataColumns;
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(Span.Role.TITLE, table.title(), Optional.empty(), 0, 0, 0, width - 1));
        int row = 1;
        int firstHeaderRow = -1;
        int firstDataRow = -1;
        for (Block block : table.blocks()) {
            if (block.caption().isPresent()) {
                spans.add(new Span(Span.Role.CAPTION, block.caption().get(), Optional.empty(), row, row, 0, width - 1));
                row++;
            }
            int headerRow = row;
            List<List<String>> headers = headerPaths(block);
            int depth = headers.stream().mapToInt(List::size).max().orElse(1);
            if (labelColumns > 0) {
                spans.add(new Span(Span.Role.CORNER, block.corner().orElse(""), Optional.empty(), row,
                        row + depth - 1, 0, labelColumns - 1));
            }
            spans.addAll(merge(Span.Role.HEADER, headers, depth, row, labelColumns, width, false));
            row += depth;
            if (firstHeaderRow < 0) {
                firstHeaderRow = headerRow;
                firstDataRow = row;
            }
            row = dataRows(table, block, spans, row, labelColumns, width);
        }
        return new TableLayout(table, spans, labelColumns, width, firstHeaderRow, firstDataRow);
    }

    /** The data span of every cell, by code. */
    public Map<CellCode, Span> dataCells() {
        Map<CellCode, Span> cells = new LinkedHashMap<>();
        spans.stream().filter(s -> s.role() == Span.Role.DATA).forEach(s -> cells.put(s.code().orElseThrow(), s));
        return cells;
    }

    private static int dataColumns(Block block) {
        return block.layout() == BlockLayout.GRID ? block.columns().size()
                : block.columns().size() * block.rows().size();
    }

    /** The header path of each data column of a block, left to right. */
    private static List<List<String>> headerPaths(Block block) {
        List<List<String>> paths = new ArrayList<>();
        if (block.layout() == BlockLayout.GRID) {
            block.columns().forEach(c -> paths.add(c.header()));
        } else {
            for (RowDef group : block.rows()) {
                for (ColumnDef column : block.columns()) {
                    List<String> path = new ArrayList<>(group.label());
                    path.addAll(column.header());
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    private static int dataRows(TableDef table, Block block, List<Span> spans, int row, int labelColumns,
            int width) {
        if (block.layout() == BlockLayout.SIDE_BY_SIDE) {
            int column = labelColumns;
            for (RowDef group : block.rows()) {
                for (ColumnDef c : block.columns()) {
                    spans.add(data(table, group, c, row, column, column));
                    column++;
                }
            }
            return row + 1;
        }
        List<List<String>> labels = block.rows().stream().map(RowDef::label).toList();
        spans.addAll(merge(Span.Role.LABEL, labels, labelColumns, row, 0, labelColumns, true));
        for (RowDef r : block.rows()) {
            int column = labelColumns;
            for (int i = 0; i < block.columns().size(); i++) {
                int last = i == block.columns().size() - 1 ? width - 1 : column;
                spans.add(data(table, r, block.columns().get(i), row, column, last));
                column++;
            }
            row++;
        }
        return row;
    }

    private static Span data(TableDef table, RowDef row, ColumnDef column, int sheetRow, int first, int last) {
        CellCode code = new CellCode(table.code(), row.code(), column.code());
        return new Span(Span.Role.DATA, "", Optional.of(code), sheetRow, sheetRow, first, last);
    }

    /**
     * Turns paths into merged rectangles. Path {@code i} runs across level {@code 0..depth-1}; at each level the
     * cell shows the path's element there, and the last element stretches over the remaining levels. Cells with
     * the same prefix merge. With {@code transposed}, paths are rows and levels are columns (row labels);
     * otherwise paths are columns and levels are rows (column headers).
     */
    private static List<Span> merge(Span.Role role, List<List<String>> paths, int depth, int origin, int firstLane,
            int lastLaneEdge, boolean transposed) {
        Map<List<String>, int[]> boxes = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            List<String> path = paths.get(i);
            for (int level = 0; level < depth; level++) {
                List<String> key = path.subList(0, Math.min(level, path.size() - 1) + 1);
                int lane = firstLane + i;
                int r = transposed ? origin + i : origin + level;
                int c = transposed ? level : lane;
                int[] box = boxes.computeIfAbsent(key, k -> new int[] {r, r, c, c, 0});
                box[0] = Math.min(box[0], r);
                box[1] = Math.max(box[1], r);
                box[2] = Math.min(box[2], c);
                box[3] = Math.max(box[3], c);
                box[4]++;
            }
        }
        List<Span> spans = new ArrayList<>();
        for (Map.Entry<List<String>, int[]> entry : boxes.entrySet()) {
            int[] b = entry.getValue();
            if ((b[1] - b[0] + 1) * (b[3] - b[2] + 1) != b[4]) {
                throw new IllegalStateException("标签 " + entry.getKey() + " 在表中不相邻，无法合并");
            }
            int lastColumn = !transposed && b[3] == firstLane + paths.size() - 1 ? lastLaneEdge - 1 : b[3];
            List<String> key = entry.getKey();
            spans.add(new Span(role, key.get(key.size() - 1), Optional.empty(), b[0], b[1], b[2], lastColumn));
        }
        return spans;
    }
}
