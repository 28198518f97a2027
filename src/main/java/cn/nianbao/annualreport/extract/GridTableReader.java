package cn.nianbao.annualreport.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.BlockLayout;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.TableDef;
import cn.nianbao.annualreport.limits.FileBudget;

/**
 * Reads the tables of one edition from rows of positioned cells (HTML and Word tables on their grid, tab-separated
 * PDF text): each table where {@link TableLocator} finds it, a row by its label, and its figures at the grid
 * positions of their columns' headers ({@link HeaderGrid}), so that an empty cell stays empty and no figure moves to
 * its neighbour's column.
 *
 * <p>Where a block has no header naming every column, or a row does not fit the header's grid (PDF text carries
 * column positions only roughly), the figures are taken by position, and only where that is certain: exactly one
 * figure or empty position per column after the label, starting with a figure; or, with leading empty cells dropped,
 * exactly one figure per column. A row of more figures than columns that ends in its total keeps the first ones and
 * the last when they add up, and says so ({@code spurious-cells}). Anything else leaves the row blank with a
 * {@code row-in-doubt} finding naming its cells: no figure is ever placed by a guess.
 */
final class GridTableReader {

    private final FormDefinition form;
    private final LabelVariants variants;
    private final TableLocator locator;
    /** Whether every cell is a true table cell on the table's grid ({@link ReportText#exactCells()}). */
    private final boolean exactCells;

    GridTableReader(FormDefinition form, LabelVariants variants) {
        this(form, variants, false);
    }

    /**
     * A reader of rows whose cells are true table cells when {@code exactCells} (HTML, Word, PDF, Markdown):
     * figures are placed by {@link FigurePlacement}, drifted figures rejoined by {@link DriftedFigures}, side-by-side
     * blocks read by {@link SideBySideFigures}; none of the repairs for copied PDF text (trailing, leading or spurious
     * cells) applies.
     */
    GridTableReader(FormDefinition form, LabelVariants variants, boolean exactCells) {
        this.form = form;
        this.variants = variants;
        this.locator = new TableLocator(form, variants);
        this.exactCells = exactCells;
    }

    TableReading read(List<List<TextCell>> rows) {
        return TableReading.walk(form, locator, rows, rows, this::readTable);
    }

    private int readTable(TableDef table, List<List<TextCell>> given, Map<CellCode, PrintedValue> values,
            List<Finding> findings) {
        List<List<TextCell>> region = exactCells ? new DriftedFigures(table, variants).rejoined(given) : given;
        int position = 0;
        int found = 0;
        for (Block block : table.blocks()) {
            if (block.layout() == BlockLayout.SIDE_BY_SIDE && exactCells) {
                List<CellCode> codes = Labels.sideBySide(table, block);
                Optional<SideBySideFigures> figures = SideBySideFigures.find(region, position, table, block, variants);
                if (figures.isEmpty()) {
                    findings.add(TableFindings.blockMissing(table, codes.size()));
                    continue;
                }
                for (int i = 0; i < codes.size(); i++) {
                    values.put(codes.get(i), figures.get().cells().get(i).value());
                }
                position = figures.get().next();
                found += block.rows().size();
                continue;
            }
            if (block.layout() == BlockLayout.SIDE_BY_SIDE) {
                int next = readSideBySide(table, block, region, position, values, findings);
                if (next >= 0) {
                    position = next;
                    found += block.rows().size();
                }
                continue;
            }
            int blockStart = position;
            Optional<HeaderGrid> header = Optional.empty();
            boolean headerRead = false;
            List<FoundRow> rows = new ArrayList<>();
            for (RowDef def : block.rows()) {
                Optional<int[]> label = findLabel(region, position, table, def);
                if (label.isEmpty()) {
                    findings.add(TableFindings.rowMissing(table, def));
                    continue;
                }
                if (!headerRead) {
                    header = HeaderGrid.find(block, region.subList(blockStart, label.get()[0]));
                    headerRead = true;
                }
                position = label.get()[0] + 1;
                rows.add(new FoundRow(def, Labels.rowCodes(table, block, def), region.get(label.get()[0]),
                        label.get()[1]));
            }
            OptionalInt figureColumn = exactCells ? figureColumn(rows, header) : OptionalInt.empty();
            for (FoundRow row : rows) {
                if (readRow(row, header, figureColumn, values, findings)) {
                    found++;
                }
            }
        }
        return found;
    }

    /**
     * A row found by its label in a block: its definition, cell codes, the line and the index after the label.
     *
     * @param def the row's definition
     * @param codes the row's cell codes
     * @param line the line holding the row
     * @param labelEnd the index of the first cell after the label
     */
    private record FoundRow(RowDef def, List<CellCode> codes, List<TextCell> line, int labelEnd) {
    }

    /**
     * The grid position of a block's first figure column, when every row of the block that the header does not read
     * and whose figures can stand at one position only ({@link FigurePlacement#offset()}) puts them at the same
     * grid position, and at least one row does: on a true grid the figure columns are the same for every row, so a
     * row whose empty cells allow several readings (a label spanning empty grid positions, last cells not written)
     * is read at that position.
     */
    private static OptionalInt figureColumn(List<FoundRow> rows, Optional<HeaderGrid> header) {
        OptionalInt column = OptionalInt.empty();
        for (FoundRow row : rows) {
            if (header.filter(h -> h.fits(row.line(), row.labelEnd())).isPresent()) {
                continue;
            }
            OptionalInt offset = FigurePlacement.of(row.line().subList(row.labelEnd(), row.line().size()),
                    row.codes().size()).offset();
            if (offset.isEmpty()) {
                continue;
            }
            int at = row.labelEnd() + offset.getAsInt();
            if (column.isPresent() && column.getAsInt() != at) {
                return OptionalInt.empty();
            }
            column = OptionalInt.of(at);
        }
        return column;
    }

    /** Reads one row's figures into {@code values}; false, with a finding, when they cannot be placed. */
    private boolean readRow(FoundRow row, Optional<HeaderGrid> header, OptionalInt figureColumn,
            Map<CellCode, PrintedValue> values, List<Finding> findings) {
        RowDef def = row.def();
        List<CellCode> codes = row.codes();
        List<TextCell> line = row.line();
        int labelEnd = row.labelEnd();
        Optional<List<TextCell>> figures = header.filter(h -> h.fits(line, labelEnd)).map(h -> h.cells(line));
        if (figures.isEmpty() && exactCells) {
            OptionalInt start = figureColumn.isPresent() && figureColumn.getAsInt() >= labelEnd
                    ? OptionalInt.of(figureColumn.getAsInt() - labelEnd) : OptionalInt.empty();
            figures = FigurePlacement.ofRow(def, codes, line.subList(labelEnd, line.size()), start,
                    line.get(0).place(), findings);
            figures.ifPresent(cells -> put(codes, cells, values));
            return figures.isPresent();
        }
        List<TextCell> after = withoutTrailingBlanks(line.subList(labelEnd, line.size()));
        if (figures.isEmpty()) {
            Optional<SplitCell> split = SplitCell.find(form, codes, after);
            if (split.isPresent()) {
                findings.add(split.get().finding(def, after));
                return false;
            }
            figures = byPosition(after, codes.size()).or(() -> withoutSpuriousCells(codes, after, findings));
        }
        if (figures.isEmpty()) {
            findings.add(TableFindings.rowInDoubt(TableFindings.name(def), codes, after.size(),
                    line.get(0).place()));
            return false;
        }
        put(codes, figures.get(), values);
        return true;
    }

    private static void put(List<CellCode> codes, List<TextCell> cells, Map<CellCode, PrintedValue> values) {
        for (int i = 0; i < codes.size(); i++) {
            values.put(codes.get(i), cells.get(i).value());
        }
    }

    /**
     * Reads a side-by-side block (the appeals table's fifteen figures in one row) from the first row of figures
     * after {@code from} that can be placed; returns the index after it, or -1 with a finding.
     */
    private static int readSideBySide(TableDef table, Block block, List<List<TextCell>> region, int from,
            Map<CellCode, PrintedValue> values, List<Finding> findings) {
        List<CellCode> codes = Labels.sideBySide(table, block);
        int doubtful = -1;
        for (int i = from; i < region.size(); i++) {
            FileBudget.checkpoint();
            List<TextCell> row = region.get(i);
            if (!isFigures(row)) {
                continue;
            }
            Optional<List<TextCell>> figures = HeaderGrid.find(block, region.subList(from, i))
                    .filter(h -> h.fits(row, 0)).map(h -> h.cells(row))
                    .or(() -> byPosition(withoutTrailingBlanks(row), codes.size()));
            if (figures.isPresent()) {
                for (int c = 0; c < codes.size(); c++) {
                    values.put(codes.get(c), figures.get().get(c).value());
                }
                return i + 1;
            }
            if (doubtful < 0 && row.stream().filter(TextCell::isValue).count() * 2 >= codes.size()) {
                doubtful = i;
            }
        }
        if (doubtful >= 0) {
            List<TextCell> row = withoutTrailingBlanks(region.get(doubtful));
            findings.add(TableFindings.rowInDoubt(TableFindings.name(block.rows()), codes, row.size(),
                    row.get(0).place()));
        } else {
            findings.add(TableFindings.blockMissing(table, codes.size()));
        }
        return -1;
    }

    /**
     * The figures of a row by position, where that is certain: one cell per column after the label, the first holding
     * a figure (an empty position among them stays empty); or, leading empty cells dropped, one figure per column.
     * Empty when text stands among the figures or the count does not fit.
     */
    private static Optional<List<TextCell>> byPosition(List<TextCell> after, int count) {
        if (after.stream().anyMatch(c -> !c.isBlank() && !c.isValue())) {
            return Optional.empty();
        }
        if (after.size() == count && (count == 0 || !after.get(0).isBlank())) {
            return Optional.of(after);
        }
        List<TextCell> filled = withoutLeadingBlanks(after);
        if (filled.size() == count && filled.stream().allMatch(TextCell::isValue)) {
            return Optional.of(filled);
        }
        return Optional.empty();
    }

    /**
     * A row of figures only, more than its columns, that ends in the row's total (PDF text adds cells of its own):
     * the first figures and the last, when they add up, with a {@code spurious-cells} warning.
     */
    private Optional<List<TextCell>> withoutSpuriousCells(List<CellCode> codes, List<TextCell> after,
            List<Finding> findings) {
        List<TextCell> filled = withoutLeadingBlanks(after);
        int count = codes.size();
        if (filled.size() <= count || !filled.stream().allMatch(TextCell::isValue) || !endsInTotal(codes)) {
            return Optional.empty();
        }
        List<TextCell> kept = new ArrayList<>(filled.subList(0, count - 1));
        kept.add(filled.get(filled.size() - 1));
        if (!addsUp(kept)) {
            return Optional.empty();
        }
        findings.add(Finding.warning(FindingKind.SPURIOUS_CELLS, Map.of("found", Integer.toString(filled.size()),
                "count", Integer.toString(count), "kept", Integer.toString(count - 1))).at(filled.get(0).place()));
        return Optional.of(kept);
    }

    /** Whether the row's last cell is the total of all the others by one of the form's sum rules. */
    private boolean endsInTotal(List<CellCode> codes) {
        CellCode last = codes.get(codes.size() - 1);
        for (Rule rule : form.singleReportRules()) {
            if (rule instanceof SumRule sum && sum.total().equals(last)
                    && sum.parts().containsAll(codes.subList(0, codes.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last figure is the sum of the others. */
    private static boolean addsUp(List<TextCell> figures) {
        BigDecimal sum = BigDecimal.ZERO;
        for (TextCell figure : figures.subList(0, figures.size() - 1)) {
            Optional<BigDecimal> value = figure.value().value();
            if (value.isEmpty()) {
                return false;
            }
            sum = sum.add(value.get());
        }
        Optional<BigDecimal> total = figures.get(figures.size() - 1).value().value();
        return total.isPresent() && total.get().compareTo(sum) == 0;
    }

    /** Whether a row holds figures, markers and empty cells only, and at least one figure or marker. */
    private static boolean isFigures(List<TextCell> row) {
        return row.stream().anyMatch(TextCell::isValue) && row.stream().allMatch(c -> c.isValue() || c.isBlank());
    }

    private static List<TextCell> withoutTrailingBlanks(List<TextCell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static List<TextCell> withoutLeadingBlanks(List<TextCell> cells) {
        int start = 0;
        while (start < cells.size() && cells.get(start).isBlank()) {
            start++;
        }
        return cells.subList(start, cells.size());
    }

    /**
     * The row holding the label, and the index of the first cell after the label's cells: the label cells joined
     * from the row's start up to the first that makes them match, and on over the next cells while they still match
     * (a label broken over two cells).
     */
    private Optional<int[]> findLabel(List<List<TextCell>> region, int from, TableDef table, RowDef row) {
        List<String> names = Labels.names(table, row, variants);
        for (int i = from; i < region.size(); i++) {
            FileBudget.checkpoint();
            List<TextCell> cells = region.get(i);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < cells.size() && !cells.get(j).isValue(); j++) {
                text.append(LabelText.normalise(cells.get(j).text()));
                if (!cells.get(j).isBlank() && matches(text.toString(), names)) {
                    int after = j + 1;
                    while (after < cells.size() && !cells.get(after).isValue() && !cells.get(after).isBlank()
                            && matches(text + LabelText.normalise(cells.get(after).text()), names)) {
                        text.append(LabelText.normalise(cells.get(after).text()));
                        after++;
                    }
                    return Optional.of(new int[] {i, after});
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String text, List<String> names) {
        return names.stream().anyMatch(name -> Labels.match(text, name));
    }
}
