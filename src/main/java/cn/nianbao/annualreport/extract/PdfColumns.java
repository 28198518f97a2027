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
 * <p>A column whose figures overlap two header cells standing side by side is ambiguous: a figure there could
 * belong to either, and a row with a figure in it is not placed at all.
 *
 * @param columns the columns, left to right
 */
record PdfColumns(List<Column> columns) {

    /**
     * One column: the horizontal extent of its figures and header cell.
     *
     * @param ambiguous whether two side-by-side header cells stand over it
     */
    record Column(float left, float right, boolean ambiguous) {

        boolean holds(PdfChunk chunk) {
            return chunk.overlaps(left, right);
        }
    }

    /**
     * The columns of a block of rows.
     *
     * @param header     the block's header lines
     * @param figures    every figure of the block's rows
     * @param labelRight where the row labels end (0 when the rows have none)
     */
    static PdfColumns of(List<PdfLine> header, List<PdfChunk> figures, float labelRight) {
        List<Extent> clusters = merged(figures.stream().map(f -> new Extent(f.left(), f.right(), List.of()))
                .toList());
        List<PdfChunk> cells = headerCells(header, clusters, labelRight);
        List<Extent> parts = new ArrayList<>(clusters);
        cells.forEach(c -> parts.add(new Extent(c.left(), c.right(), List.of(c))));
        return new PdfColumns(merged(parts).stream()
                .map(e -> new Column(e.left(), e.right(), hasSideBySide(e.cells()))).toList());
    }

    /**
     * The header cells that stand over one column: not over the row labels, not the label column's own header
     * (信息内容, the table's corner), and not spanning several columns.
     */
    private static List<PdfChunk> headerCells(List<PdfLine> header, List<Extent> clusters, float labelRight) {
        List<PdfChunk> chunks = header.stream().flatMap(l -> l.chunks().stream())
                .filter(c -> c.left() >= labelRight).toList();
        float firstFigure = clusters.isEmpty() ? Float.MAX_VALUE : clusters.get(0).left();
        Optional<PdfChunk> corner = chunks.stream().min(Comparator.comparingDouble(PdfChunk::left))
                .filter(c -> labelRight > 0 && c.right() <= firstFigure);
        List<PdfChunk> cells = new ArrayList<>();
        for (PdfChunk chunk : chunks) {
            long over = clusters.stream().filter(e -> chunk.overlaps(e.left(), e.right())).count();
            long under = chunks.stream().filter(c -> c != chunk && c.centre() > chunk.left()
                    && c.centre() < chunk.right() && c.right() - c.left() < chunk.right() - chunk.left()).count();
            if (over <= 1 && under <= 1 && (corner.isEmpty() || chunk != corner.get())) {
                cells.add(chunk);
            }
        }
        return cells;
    }

    /** Whether two of the header cells stand side by side on one line. */
    private static boolean hasSideBySide(List<PdfChunk> cells) {
        for (PdfChunk a : cells) {
            for (PdfChunk b : cells) {
                if (a != b && Math.abs(a.baseline() - b.baseline()) < 1 && !a.overlaps(b.left(), b.right())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A horizontal extent and the header cells in it. */
    private record Extent(float left, float right, List<PdfChunk> cells) {
    }

    /** Overlapping extents joined, left to right. */
    private static List<Extent> merged(List<Extent> extents) {
        List<Extent> sorted = new ArrayList<>(extents);
        sorted.sort(Comparator.comparingDouble(Extent::left));
        List<Extent> merged = new ArrayList<>();
        for (Extent next : sorted) {
            Extent last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && next.left() < last.right()) {
                List<PdfChunk> cells = new ArrayList<>(last.cells());
                cells.addAll(next.cells());
                merged.set(merged.size() - 1, new Extent(last.left(), Math.max(last.right(), next.right()), cells));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /**
     * A row's figures in column order, blank where a column has none; empty when a figure cannot be placed with
     * certainty: it stands in no column or across two, in an ambiguous column, or beside another figure in one.
     */
    Optional<List<String>> place(List<PdfChunk> figures) {
        String[] cells = new String[columns.size()];
        for (PdfChunk figure : figures) {
            List<Integer> holding = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).holds(figure)) {
                    holding.add(i);
                }
            }
            if (!figure.figure() || holding.size() != 1 || columns.get(holding.get(0)).ambiguous()
                    || cells[holding.get(0)] != null) {
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
        return !columns.isEmpty() && figures.stream()
                .allMatch(f -> columns.stream().filter(c -> c.holds(f)).count() == 1);
    }
}
