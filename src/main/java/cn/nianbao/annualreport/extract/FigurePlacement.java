package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.RowDef;

/**
 * Where a row's figures stand among the cells after its label, when every cell is a true table cell (a Markdown
 * table), so that an empty cell is a blank figure or an empty column, never an extraction artefact. The figures are
 * {@code count} adjacent cells; every cell outside them must be empty. When more than one such window reads
 * differently (a blank figure at one end, an empty column at the other), the figures cannot be placed with certainty.
 *
 * @param readings each different reading the cells allow, in order of position
 */
record FigurePlacement(List<List<TextCell>> readings) {

    /** Copies the readings. */
    FigurePlacement {
        readings = List.copyOf(readings);
    }

    /** The readings of {@code count} figures among {@code cells}; none when a cell is text or too few cells. */
    static FigurePlacement of(List<TextCell> cells, int count) {
        List<List<TextCell>> readings = new ArrayList<>();
        if (cells.stream().anyMatch(c -> !c.isValue() && !c.text().isBlank())) {
            return new FigurePlacement(readings);
        }
        for (int offset = 0; offset + count <= cells.size(); offset++) {
            if (onlyEmptyOutside(cells, offset, count)) {
                List<TextCell> window = cells.subList(offset, offset + count);
                if (readings.stream().noneMatch(r -> texts(r).equals(texts(window)))) {
                    readings.add(window);
                }
            }
        }
        return new FigurePlacement(readings);
    }

    /** The figures, when exactly one reading is possible. */
    Optional<List<TextCell>> figures() {
        return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
    }

    /**
     * The figures of a row found by its label, or empty with a {@code row-in-doubt} finding naming the row's cells
     * when there are too few cells, figures or text outside any window, or several readings.
     */
    static Optional<List<TextCell>> ofRow(RowDef row, List<CellCode> codes, List<TextCell> cells, String place,
            List<Finding> findings) {
        FigurePlacement placement = of(cells, codes.size());
        if (placement.figures().isEmpty()) {
            findings.add(TableFindings.rowInDoubt(TableFindings.name(row), codes, cells.size(), place));
        }
        return placement.figures();
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
