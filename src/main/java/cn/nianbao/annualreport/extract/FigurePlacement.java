package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.form.RowDef;

/**
 * Where a row's figures stand among the cells after its label, when every cell is a true table cell (a Markdown
 * table), so that an empty cell is a blank figure or an empty column, never an extraction artefact. The figures are
 * {@code count} adjacent cells; every cell outside them must be empty. When more than one such window reads
 * differently (a blank figure at one end, an empty column at the other), the figures cannot be placed with certainty
 * from the row alone; the grid position of the figure columns, known from other rows of the same table, can settle
 * it ({@link #at(int)}).
 *
 * @param cells the cells after the label
 * @param count how many figures the row has
 * @param offsets the start of every window of {@code count} cells with only empty cells outside it, in order
 */
record FigurePlacement(List<TextCell> cells, int count, List<Integer> offsets) {

    /** Copies the cells and offsets. */
    FigurePlacement {
        cells = List.copyOf(cells);
        offsets = List.copyOf(offsets);
    }

    /** The readings of {@code count} figures among {@code cells}; none when a cell is text or too few cells. */
    static FigurePlacement of(List<TextCell> cells, int count) {
        List<Integer> offsets = new ArrayList<>();
        if (cells.stream().noneMatch(c -> !c.isValue() && !c.text().isBlank())) {
            for (int offset = 0; offset + count <= cells.size(); offset++) {
                if (onlyEmptyOutside(cells, offset, count)) {
                    offsets.add(offset);
                }
            }
        }
        return new FigurePlacement(cells, count, offsets);
    }

    /** Each different reading the cells allow, in order of position. */
    List<List<TextCell>> readings() {
        List<List<TextCell>> readings = new ArrayList<>();
        for (int offset : offsets) {
            List<TextCell> window = cells.subList(offset, offset + count);
            if (readings.stream().noneMatch(r -> texts(r).equals(texts(window)))) {
                readings.add(window);
            }
        }
        return readings;
    }

    /** The figures, when exactly one reading is possible. */
    Optional<List<TextCell>> figures() {
        List<List<TextCell>> readings = readings();
        return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
    }

    /** Where the figures start among the cells, when exactly one window is possible. */
    OptionalInt offset() {
        return offsets.size() == 1 ? OptionalInt.of(offsets.get(0)) : OptionalInt.empty();
    }

    /** The figures of the window starting at {@code offset}, when that window is one of the possible readings. */
    Optional<List<TextCell>> at(int offset) {
        return offsets.contains(offset) ? Optional.of(cells.subList(offset, offset + count)) : Optional.empty();
    }

    /**
     * The figures of a row found by its label, or empty with a {@code row-in-doubt} finding naming the row's cells
     * when there are too few cells, figures or text outside any window, or several readings.
     */
    static Optional<List<TextCell>> ofRow(RowDef row, List<CellCode> codes, List<TextCell> cells, Location place,
            List<Finding> findings) {
        return ofRow(row, codes, cells, OptionalInt.empty(), place, findings);
    }

    /**
     * As {@link #ofRow(RowDef, List, List, String, List)}, but when several readings are possible and the figure
     * columns of the table are known to start at {@code start} among these cells, the window starting there.
     */
    static Optional<List<TextCell>> ofRow(RowDef row, List<CellCode> codes, List<TextCell> cells, OptionalInt start,
            Location place, List<Finding> findings) {
        FigurePlacement placement = of(cells, codes.size());
        Optional<List<TextCell>> figures = placement.figures();
        if (figures.isEmpty() && start.isPresent()) {
            figures = placement.at(start.getAsInt());
        }
        if (figures.isEmpty()) {
            findings.add(TableFindings.rowInDoubt(TableFindings.name(row), codes, cells.size(), place));
        }
        return figures;
    }

    private static boolean onlyEmptyOutside(List<TextCell> cells, int offset, int count) {
        for (int i = 0; i < cells.size(); i++) {
            if ((i < offset || i >= offset + count) && !cells.get(i).text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(List<TextCell> cells) {
        return cells.stream().map(TextCell::text).toList();
    }
}
