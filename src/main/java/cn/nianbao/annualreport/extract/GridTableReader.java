package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.BlockLayout;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.TableDef;

/**
 * Reads the tables of one edition from rows of positioned cells (tab-separated PDF text): a row is found by its
 * label, and its figures are the cells after the label, by position, so that empty cells stay empty.
 *
 * <p>PDF text adds empty and spurious cells. Empty cells trailing a row are dropped; empty cells leading a row are
 * dropped when the row then still has at least its figures; a row of only figures with more cells than columns keeps
 * the first ones and the last (the 总计 column) and says so. Anything else leaves the row blank with a problem.
 */
final class GridTableReader {

    private final FormDefinition form;
    private final LabelVariants variants;
    /** Whether every cell is a true table cell (a Markdown table), so that empty cells are blank figures. */
    private final boolean exactCells;

    GridTableReader(FormDefinition form, LabelVariants variants) {
        this(form, variants, false);
    }

    /**
     * A reader of rows whose cells are true table cells when {@code exactCells} (Markdown tables): figures are placed
     * by {@link FigurePlacement}, drifted figures rejoined by {@link DriftedFigures}, side-by-side blocks read by
     * {@link SideBySideFigures}; none of the PDF repairs (trailing, leading or spurious cells) applies.
     */
    GridTableReader(FormDefinition form, LabelVariants variants, boolean exactCells) {
        this.form = form;
        this.variants = variants;
        this.exactCells = exactCells;
    }

    TableReading read(List<List<TextCell>> rows) {
        Map<CellCode, PrintedValue> values = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        int found = 0;
        List<TableDef> tables = form.tables();
        for (int t = 0; t < tables.size(); t++) {
            int start = indexOf(rows, tables.get(t).title(), 0);
            if (start < 0) {
                findings.add(TableFindings.tableMissing(tables.get(t)));
                continue;
            }
            int end = t + 1 < tables.size() ? indexOf(rows, tables.get(t + 1).title(), start + 1) : -1;
            found += readTable(tables.get(t), rows.subList(start + 1, end < 0 ? rows.size() : end), values, findings);
        }
        return new TableReading(values, found, findings);
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
                List<CellCode> codes = Labels.sideBySide(table, block);
                Optional<Integer> row = figuresRow(region, position, codes.size());
                if (row.isEmpty()) {
                    findings.add(TableFindings.blockMissing(table, codes.size()));
                    continue;
                }
                List<TextCell> cells = withoutTrailingEmpties(region.get(row.get()));
                for (int i = 0; i < codes.size(); i++) {
                    values.put(codes.get(i), cells.get(i).value());
                }
                position = row.get() + 1;
                found += block.rows().size();
                continue;
            }
            for (RowDef def : block.rows()) {
                Optional<int[]> label = findLabel(region, position, table, def);
                if (label.isEmpty()) {
                    findings.add(TableFindings.rowMissing(table, def));
                    continue;
                }
                List<TextCell> line = region.get(label.get()[0]);
                position = label.get()[0] + 1;
                List<CellCode> codes = Labels.rowCodes(table, block, def);
                List<TextCell> after = withoutTrailingEmpties(line.subList(label.get()[1], line.size()));
                Optional<SplitCell> split = SplitCell.find(form, codes, after);
                if (split.isPresent()) {
                    findings.add(split.get().finding(def, after));
                    continue;
                }
                Optional<List<TextCell>> figures = exactCells
                        ? FigurePlacement.ofRow(def, line.subList(label.get()[1], line.size()), codes.size(),
                                line.get(0).place(), findings)
                        : figures(after, codes.size(), findings);
                if (figures.isEmpty()) {
                    if (!exactCells) {
                        findings.add(Finding.error("row-unaligned", Map.of("row", String.join(" ", def.label())))
                                .at(line.get(0).place()));
                    }
                    continue;
                }
                for (int i = 0; i < codes.size(); i++) {
                    values.put(codes.get(i), figures.get().get(i).value());
                }
                found++;
            }
        }
        return found;
    }

    /** The cells that hold the row's {@code count} figures, by position, or empty when they cannot be aligned. */
    private static Optional<List<TextCell>> figures(List<TextCell> after, int count, List<Finding> findings) {
        List<TextCell> cells = after;
        if (cells.stream().anyMatch(c -> !c.text().isBlank() && !c.isValue())) {
            return Optional.empty();
        }
        int leading = 0;
        while (leading < cells.size() && cells.get(leading).text().isBlank()) {
            leading++;
        }
        if (cells.size() > count && cells.size() - leading >= count) {
            cells = cells.subList(leading, cells.size());
        }
        long filled = cells.stream().filter(TextCell::isValue).count();
        if (cells.size() == count) {
            return Optional.of(cells);
        }
        if (cells.size() > count && filled == cells.size()) {
            findings.add(Finding.warning("spurious-cells", Map.of("found", Integer.toString(cells.size()),
                    "count", Integer.toString(count), "kept", Integer.toString(count - 1))).at(cells.get(0).place()));
            List<TextCell> kept = new ArrayList<>(cells.subList(0, count - 1));
            kept.add(cells.get(cells.size() - 1));
            return Optional.of(kept);
        }
        return Optional.empty();
    }

    private static List<TextCell> withoutTrailingEmpties(List<TextCell> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).text().isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    /** The first row from {@code from} holding only figures and empty cells, {@code count} of them. */
    private static Optional<Integer> figuresRow(List<List<TextCell>> region, int from, int count) {
        for (int i = from; i < region.size(); i++) {
            List<TextCell> cells = withoutTrailingEmpties(region.get(i));
            if (cells.size() == count && cells.stream().anyMatch(TextCell::isValue)
                    && cells.stream().allMatch(c -> c.isValue() || c.text().isBlank())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The row holding the label, and the index of the first cell after the label's cells. */
    private Optional<int[]> findLabel(List<List<TextCell>> region, int from, TableDef table, RowDef row) {
        List<String> names = Labels.names(table, row, variants);
        for (int i = from; i < region.size(); i++) {
            List<TextCell> cells = region.get(i);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < cells.size(); j++) {
                if (cells.get(j).isValue()) {
                    break;
                }
                text.append(LabelText.normalise(cells.get(j).text()));
                String candidate = text.toString();
                if (!cells.get(j).text().isBlank() && names.stream().anyMatch(n -> Labels.match(candidate, n))) {
                    return Optional.of(new int[] {i, j + 1});
                }
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<List<TextCell>> rows, String title, int from) {
        String wanted = LabelText.normalise(title);
        for (int i = from; i < rows.size(); i++) {
            String text = rows.get(i).stream().map(c -> LabelText.normalise(c.text())).reduce("", String::concat);
            if (text.equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
