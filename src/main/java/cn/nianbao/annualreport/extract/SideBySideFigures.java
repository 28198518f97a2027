package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.TableDef;

/**
 * The figures of a side-by-side block (table 四: three groups of five, printed as one row of fifteen) in true table
 * cells (a Markdown table), which tools also split into one table per group. Read from the first label-less figure
 * row after {@code from} and the next ones, with only rows without figures between them: each holds as many whole
 * groups as it places with certainty (all fifteen, or five, or ten), in printed order. Failing that, each
 * group from a row of its own that starts with the group's label ({@code 行政复议 | 0 | 1 | …}). Every row must place
 * its figures with certainty ({@link FigurePlacement}); otherwise nothing is read.
 *
 * @param cells the block's figures in printed order
 * @param next  the index of the row after the last one read
 */
record SideBySideFigures(List<TextCell> cells, int next) {

    /** Copies the cells. */
    SideBySideFigures {
        cells = List.copyOf(cells);
    }

    static Optional<SideBySideFigures> find(List<List<TextCell>> region, int from, TableDef table, Block block,
            LabelVariants variants) {
        Optional<SideBySideFigures> unlabelled = unlabelled(region, from, block);
        return unlabelled.isPresent() ? unlabelled : labelled(region, from, table, block, variants);
    }

    /** From label-less figure rows, each holding as many whole groups as it places with certainty. */
    private static Optional<SideBySideFigures> unlabelled(List<List<TextCell>> region, int from, Block block) {
        int columns = block.columns().size();
        int count = block.rows().size() * columns;
        List<TextCell> cells = new ArrayList<>();
        int row = from - 1;
        while (cells.size() < count) {
            row = nextFigureRow(region, row + 1);
            if (row < 0) {
                return Optional.empty();
            }
            Optional<List<TextCell>> figures = Optional.empty();
            for (int groups = (count - cells.size()) / columns; groups > 0 && figures.isEmpty(); groups--) {
                figures = FigurePlacement.of(region.get(row), groups * columns).figures();
            }
            if (figures.isEmpty()) {
                return Optional.empty();
            }
            cells.addAll(figures.get());
        }
        return Optional.of(new SideBySideFigures(cells, row + 1));
    }

    /** The next row from {@code from} that holds figures and no text, or -1 when a row of text and figures comes. */
    private static int nextFigureRow(List<List<TextCell>> region, int from) {
        for (int i = from; i < region.size(); i++) {
            List<TextCell> row = region.get(i);
            if (row.stream().anyMatch(TextCell::isValue)) {
                return row.stream().allMatch(c -> c.isValue() || c.text().isBlank()) ? i : -1;
            }
        }
        return -1;
    }

    private static Optional<SideBySideFigures> labelled(List<List<TextCell>> region, int from, TableDef table,
            Block block, LabelVariants variants) {
        List<TextCell> cells = new ArrayList<>();
        int position = from;
        for (RowDef group : block.rows()) {
            List<String> names = Labels.names(table, group, variants);
            Optional<List<TextCell>> figures = Optional.empty();
            for (; position < region.size() && figures.isEmpty(); position++) {
                figures = afterLabel(region.get(position), names, block.columns().size());
            }
            if (figures.isEmpty()) {
                return Optional.empty();
            }
            cells.addAll(figures.get());
        }
        return Optional.of(new SideBySideFigures(cells, position));
    }

    /** The group's figures when the row starts with one of its names and its figures follow with certainty. */
    private static Optional<List<TextCell>> afterLabel(List<TextCell> row, List<String> names, int columns) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < row.size() && !row.get(j).isValue(); j++) {
            text.append(LabelText.normalise(row.get(j).text()));
            String candidate = text.toString();
            if (!row.get(j).text().isBlank() && names.stream().anyMatch(n -> Labels.match(candidate, n))) {
                return FigurePlacement.of(row.subList(j + 1, row.size()), columns).figures();
            }
        }
        return Optional.empty();
    }
}
