package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.BlockLayout;
import cn.nianbao.annualreport.form.ColumnDef;
import cn.nianbao.annualreport.form.Location;

/**
 * Where a block's columns stand on a table's grid, read from its header rows: each column is the grid position of
 * the header cell that names it (自然人, 商业企业 … 总计; 本年制发件数 …; in the side-by-side appeals block the
 * 结果维持 … 总计 header printed once per group, in order). A row's figures are then read at their columns'
 * positions, so that an empty cell stays empty and no figure moves to its neighbour's column.
 *
 * <p>A header grid exists only when every column is named by exactly one header cell (one per group side by side)
 * and the positions run left to right in the form's order; a row is read on it only when it {@linkplain #fits fits}.
 *
 * @param positions the grid position of each cell of a row (GRID) or of the block (SIDE_BY_SIDE), in the form's
 *                  printed order
 */
record HeaderGrid(List<Integer> positions) {

    /** A header label cut short still names its column when at least this long (本年增/ for 本年增/减). */
    private static final int SHORTEST_CUT = 4;

    HeaderGrid {
        positions = List.copyOf(positions);
    }

    /** The block's header grid in the given header rows, if they name every column once, left to right. */
    static Optional<HeaderGrid> find(Block block, List<List<TextCell>> headerRows) {
        List<ColumnDef> columns = block.columns();
        int groups = block.layout() == BlockLayout.SIDE_BY_SIDE ? block.rows().size() : 1;
        List<List<Integer>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            byColumn.add(new ArrayList<>());
        }
        for (List<TextCell> row : headerRows) {
            for (int j = 0; j < row.size(); j++) {
                int column = columnNamed(columns, LabelText.normalise(row.get(j).text()));
                if (column >= 0 && !byColumn.get(column).contains(j)) {
                    byColumn.get(column).add(j);
                }
            }
        }
        List<Integer> positions = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (List<Integer> found : byColumn) {
                if (found.size() != groups) {
                    return Optional.empty();
                }
                positions.add(found.stream().sorted().toList().get(g));
            }
        }
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) <= positions.get(i - 1)) {
                return Optional.empty();
            }
        }
        return Optional.of(new HeaderGrid(positions));
    }

    /**
     * Whether a row can be read on this grid: its label ends before the first column, and every cell printed after
     * the label stands at a column's position and holds a figure, a marker or nothing.
     *
     * @param labelEnd the index of the first cell after the row's label (0 for a row of figures only)
     */
    boolean fits(List<TextCell> row, int labelEnd) {
        if (labelEnd > positions.get(0)) {
            return false;
        }
        Set<Integer> columns = new TreeSet<>(positions);
        for (int j = labelEnd; j < row.size(); j++) {
            TextCell cell = row.get(j);
            if (!cell.isBlank() && (!columns.contains(j) || !cell.isValue())) {
                return false;
            }
        }
        return true;
    }

    /** The row's cells at the columns' positions, an empty position where the row is shorter. */
    List<TextCell> cells(List<TextCell> row) {
        Location place = row.isEmpty() ? new Location.Part("") : row.get(0).place(); // an empty row has no place
        return positions.stream().map(p -> p < row.size() ? row.get(p) : new TextCell("", place)).toList();
    }

    /**
     * The column a header cell names: the one whose label it is, or else the one whose label it starts when cut
     * short; -1 when it names none or more than one.
     */
    private static int columnNamed(List<ColumnDef> columns, String text) {
        if (text.isEmpty()) {
            return -1;
        }
        int exact = only(columns, label -> label.equals(text));
        if (exact != -1) {
            return exact;
        }
        return text.length() >= SHORTEST_CUT ? only(columns, label -> label.startsWith(text)) : -1;
    }

    private static int only(List<ColumnDef> columns, Predicate<String> named) {
        int found = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (named.test(LabelText.normalise(columns.get(c).label()))) {
                if (found != -1) {
                    return -2;
                }
                found = c;
            }
        }
        return found;
    }
}
