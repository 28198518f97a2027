package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figure columns of a table drawn without vertical rules, found from where its figures and its header cells
 * stand: figures of one column overlap one another horizontally (centred, left or right aligned alike), figures of
 * neighbouring columns never do; a header cell standing over one column (自然人, 商业企业) marks a column even where
 * no row prints a figure in it, a header cell standing over several (法人或其他组织, 申请人情况) marks none.
 *
 * <p>Figures standing under no header cell are given to the nearest only when it is clearly the nearest; figures
 * overlapping two header cells, or standing between two with neither clearly nearer, make an ambiguous extent: a
 * figure there could belong to either column, and a row with a figure touching it is not placed at all.
 *
 * @param columns the columns, left to right
 */
record PdfColumns(List<Column> columns) {

    /**
     * One column: the horizontal extent of its figures and header cell.
     *
     * @param ambiguous whether its figures could belong to either of two header cells
     */
    record Column(float left, float right, boolean ambiguous) {

        boolean holds(PdfChunk chunk) {
            return chunk.overlaps(left, right);
        }
    }

    /**
     * The columns of a block of rows: each header cell standing over one column is a column; each group of figures
     * one above the other joins the header cell it overlaps, or else the one it stands clearly nearest to within that
     * cell's share of the width. A group of figures overlapping two header cells, or standing between two with
     * neither clearly nearer, is a column of its own that is ambiguous. Without header cells (a table continued from
     * the page before) the groups of figures are the columns.
     *
     * @param header     the block's header lines
     * @param figures    every figure of the block's rows
     * @param labelRight where the row labels end (0 when the rows have none)
     */
    static PdfColumns of(List<PdfLine> header, List<PdfChunk> figures, float labelRight) {
        List<Extent> clusters = merged(figures.stream().map(f -> new Extent(f.left(), f.right(), false)).toList());
        List<Extent> headed = merged(headerCells(header, clusters, labelRight).stream()
                .map(c -> new Extent(c.left(), c.right(), false)).toList());
        if (headed.isEmpty()) {
            return new PdfColumns(clusters.stream().map(e -> new Column(e.left(), e.right(), false)).toList());
        }
        List<Extent> parts = new ArrayList<>(headed);
        for (Extent cluster : clusters) {
            parts.add(underHeader(cluster, headed).orElse(new Extent(cluster.left(), cluster.right(), true)));
        }
        return new PdfColumns(merged(parts).stream().map(e -> new Column(e.left(), e.right(), e.ambiguous()))
                .toList());
    }

    /**
     * The extent a group of figures takes in the column of the header cell it overlaps or stands clearly nearest to
     * (less than half as far as from the header cell on its other side); a column of its own where it stands beyond
     * the first or last header cell clearly nearest to where a further column would stand at the header cells'
     * distance (the 总计 column when its header is on the page before); empty when it overlaps two header cells or
     * stands between two with neither clearly nearer.
     */
    private static Optional<Extent> underHeader(Extent cluster, List<Extent> headed) {
        List<Extent> over = headed.stream().filter(h -> cluster.left() < h.right() && h.left() < cluster.right())
                .toList();
        if (over.size() == 1) {
            return Optional.of(joined(cluster, over.get(0)));
        }
        if (!over.isEmpty()) {
            return Optional.empty();
        }
        List<Extent> grid = withVirtualCells(headed, cluster);
        int right = 0;
        while (right < grid.size() && grid.get(right).left() < cluster.left()) {
            right++;
        }
        if (right == 0 || right == grid.size()) {
            return Optional.empty();
        }
        Extent before = grid.get(right - 1);
        Extent after = grid.get(right);
        float toBefore = gap(cluster, before);
        float toAfter = gap(cluster, after);
        Optional<Extent> nearer = toBefore < toAfter / 2 ? Optional.of(before)
                : toAfter < toBefore / 2 ? Optional.of(after) : Optional.empty();
        if (nearer.isEmpty()) {
            return Optional.empty();
        }
        return headed.contains(nearer.get()) ? Optional.of(joined(cluster, nearer.get()))
                : Optional.of(new Extent(cluster.left(), cluster.right(), false));
    }

    /** How far apart header cells stand, centre to centre: the median, or a cell's width and a half for one. */
    private static float pitch(List<Extent> headed) {
        if (headed.size() == 1) {
            return 1.5f * (headed.get(0).right() - headed.get(0).left());
        }
        List<Float> pitches = new ArrayList<>();
        for (int i = 1; i < headed.size(); i++) {
            pitches.add(centre(headed.get(i)) - centre(headed.get(i - 1)));
        }
        pitches.sort(Float::compare);
        return pitches.get(pitches.size() / 2);
    }

    private static float centre(Extent e) {
        return (e.left() + e.right()) / 2;
    }

    /**
     * The header cells, and beyond the first and the last, cells where further columns would stand at the header
     * cells' distance, as far out as the group of figures reaches.
     */
    private static List<Extent> withVirtualCells(List<Extent> headed, Extent cluster) {
        float pitch = pitch(headed);
        List<Extent> grid = new ArrayList<>(headed);
        Extent first = headed.get(0);
        for (int k = 1; pitch > 0 && first.right() - k * pitch > cluster.left() - pitch; k++) {
            grid.add(0, new Extent(first.left() - k * pitch, first.right() - k * pitch, false));
        }
        Extent last = headed.get(headed.size() - 1);
        for (int k = 1; pitch > 0 && last.left() + k * pitch < cluster.right() + pitch; k++) {
            grid.add(new Extent(last.left() + k * pitch, last.right() + k * pitch, false));
        }
        return grid;
    }

    private static Extent joined(Extent a, Extent b) {
        return new Extent(Math.min(a.left(), b.left()), Math.max(a.right(), b.right()), false);
    }

    private static float gap(Extent a, Extent b) {
        return Math.max(0, Math.max(a.left() - b.right(), b.left() - a.right()));
    }

    /**
     * The header cells that stand over one column: not over the row labels, not the label column's own header
     * (信息内容, the table's corner), and not spanning several columns.
     */
    private static List<PdfChunk> headerCells(List<PdfLine> header, List<Extent> clusters, float labelRight) {
        List<PdfChunk> all = header.stream().flatMap(l -> l.chunks().stream()).toList();
        float firstFigure = clusters.isEmpty() ? Float.MAX_VALUE : clusters.get(0).left();
        // The corner heads the label column: the leftmost cell of the header rows (a caption alone on its line is
        // none), left of every figure.
        Optional<PdfChunk> corner = header.stream().filter(l -> l.chunks().size() > 1)
                .flatMap(l -> l.chunks().stream()).min(Comparator.comparingDouble(PdfChunk::left))
                .filter(c -> labelRight > 0 && c.right() <= firstFigure);
        List<PdfChunk> chunks = all.stream().filter(c -> c.left() >= labelRight).toList();
        List<PdfChunk> cells = new ArrayList<>();
        for (PdfChunk chunk : chunks) {
            long over = clusters.stream().filter(e -> centre(e) > chunk.left() && centre(e) < chunk.right()
                    && e.right() - e.left() < chunk.right() - chunk.left()).count();
            long under = chunks.stream().filter(c -> c != chunk && c.centre() > chunk.left()
                    && c.centre() < chunk.right() && c.right() - c.left() < chunk.right() - chunk.left()).count();
            if (over <= 1 && under <= 1 && (corner.isEmpty() || chunk != corner.get())) {
                cells.add(chunk);
            }
        }
        return cells;
    }

    /** A horizontal extent, and whether figures in it could belong to either of two columns. */
    private record Extent(float left, float right, boolean ambiguous) {
    }

    /** Overlapping extents joined, left to right; an ambiguous extent joins only ambiguous ones. */
    private static List<Extent> merged(List<Extent> extents) {
        List<Extent> sorted = new ArrayList<>(extents);
        sorted.sort(Comparator.comparingDouble(Extent::left));
        List<Extent> merged = new ArrayList<>();
        for (Extent next : sorted) {
            Extent last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && next.left() < last.right() && last.ambiguous() == next.ambiguous()) {
                merged.set(merged.size() - 1, new Extent(last.left(), Math.max(last.right(), next.right()),
                        last.ambiguous() || next.ambiguous()));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /**
     * A row's figures in column order, blank where a column has none; empty when a figure cannot be placed with
     * certainty: it stands in no column or across two, touches an ambiguous column, or stands beside another figure
     * in one. Ambiguous columns take no position.
     */
    Optional<List<String>> place(List<PdfChunk> figures) {
        List<Column> clear = columns.stream().filter(c -> !c.ambiguous()).toList();
        String[] cells = new String[clear.size()];
        for (PdfChunk figure : figures) {
            List<Integer> holding = new ArrayList<>();
            for (int i = 0; i < clear.size(); i++) {
                if (clear.get(i).holds(figure)) {
                    holding.add(i);
                }
            }
            boolean doubtful = columns.stream().anyMatch(c -> c.ambiguous() && c.holds(figure));
            if (!figure.figure() || doubtful || holding.size() != 1 || cells[holding.get(0)] != null) {
                return Optional.empty();
            }
            cells[holding.get(0)] = figure.text();
        }
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(cell == null ? "" : cell);
        }
        return Optional.of(row);
    }

    /** Whether every figure stands in exactly one of the columns, so that rows continuing a table fit them. */
    boolean fits(List<PdfChunk> figures) {
        return !columns.isEmpty() && figures.stream().allMatch(f -> columns.stream()
                .filter(c -> c.holds(f)).count() == 1 && columns.stream().noneMatch(c -> c.ambiguous() && c.holds(f)));
    }
}
