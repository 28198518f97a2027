package cn.nianbao.annualreport.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.BlockLayout;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.RowDef;
import cn.nianbao.annualreport.form.TableDef;
import cn.nianbao.annualreport.limits.FileBudget;

/**
 * Reads the tables of one edition from a stream of cells (one cell per line): each table where
 * {@link TableLocator} finds it, each row from its label to the cells that follow it, empty cells ({@code " |"}
 * lines) kept as empty positions. A row is read when exactly one cell per column follows its label (or, with empty
 * cells at its ends dropped, one figure per column); otherwise it stays blank with a {@code row-in-doubt} finding.
 * Nothing is guessed.
 */
final class StreamTableReader {

    /** How many neighbouring cells a label broken over lines may take. */
    private static final int LABEL_PIECES = 3;

    private final FormDefinition form;
    private final LabelVariants variants;
    private final TableLocator locator;

    StreamTableReader(FormDefinition form, LabelVariants variants) {
        this.form = form;
        this.variants = variants;
        this.locator = new TableLocator(form, variants);
    }

    TableReading read(List<TextCell> cells) {
        return TableReading.walk(form, locator, cells, cells.stream().map(List::of).toList(), this::readTable);
    }

    private int readTable(TableDef table, List<TextCell> region, Map<CellCode, PrintedValue> cells,
            List<Finding> findings) {
        int position = 0;
        int found = 0;
        for (Block block : table.blocks()) {
            if (block.layout() == BlockLayout.SIDE_BY_SIDE) {
                int next = readSideBySide(table, block, region, position, cells, findings);
                if (next >= 0) {
                    position = next;
                    found += block.rows().size();
                }
                continue;
            }
            for (RowDef row : block.rows()) {
                Optional<int[]> label = findLabel(region, position, table, row);
                if (label.isEmpty()) {
                    findings.add(TableFindings.rowMissing(table, row));
                    continue;
                }
                int next = label.get()[1];
                List<CellCode> codes = Labels.rowCodes(table, block, row);
                List<TextCell> run = region.subList(next, next + positionsFrom(region, next));
                position = next;
                if (run.size() == codes.size() + 1 && run.stream().allMatch(TextCell::isValue)) {
                    Optional<SplitCell> split = SplitCell.find(form, codes, run);
                    if (split.isPresent()) {
                        findings.add(split.get().finding(row, run));
                        position = next + run.size();
                        continue;
                    }
                }
                Optional<List<TextCell>> figures = placed(run, codes.size());
                if (figures.isEmpty()) {
                    findings.add(TableFindings.rowInDoubt(TableFindings.name(row), codes, run.size(),
                            region.get(label.get()[0]).place()));
                    continue;
                }
                for (int i = 0; i < codes.size(); i++) {
                    cells.put(codes.get(i), figures.get().get(i).value());
                }
                position = next + run.size();
                found++;
            }
        }
        return found;
    }

    /**
     * Reads a side-by-side block (the appeals table's fifteen figures) from the first run of figures and empty cells
     * after {@code from} at least as long as the block; returns the index after it, or -1 with a finding.
     */
    private static int readSideBySide(TableDef table, Block block, List<TextCell> region, int from,
            Map<CellCode, PrintedValue> cells, List<Finding> findings) {
        List<CellCode> codes = Labels.sideBySide(table, block);
        for (int i = from; i < region.size(); i++) {
            FileBudget.checkpoint();
            int length = positionsFrom(region, i);
            List<TextCell> run = region.subList(i, i + length);
            if (length < codes.size() || run.stream().noneMatch(TextCell::isValue)) {
                i += length;
                continue;
            }
            Optional<List<TextCell>> figures = placed(run, codes.size());
            if (figures.isEmpty()) {
                findings.add(TableFindings.rowInDoubt(TableFindings.name(block.rows()), codes, length,
                        run.get(0).place()));
                return -1;
            }
            for (int c = 0; c < codes.size(); c++) {
                cells.put(codes.get(c), figures.get().get(c).value());
            }
            return i + length;
        }
        findings.add(TableFindings.blockMissing(table, codes.size()));
        return -1;
    }

    /**
     * The cells of a run in their columns: all of them when there is one per column, or, empty cells at either end
     * dropped, the figures when there is then one per column; empty otherwise.
     */
    private static Optional<List<TextCell>> placed(List<TextCell> run, int count) {
        if (run.size() == count) {
            return Optional.of(run);
        }
        int start = 0;
        int end = run.size();
        while (start < end && run.get(start).isBlank()) {
            start++;
        }
        while (end > start && run.get(end - 1).isBlank()) {
            end--;
        }
        List<TextCell> filled = run.subList(start, end);
        return filled.size() == count && filled.stream().allMatch(TextCell::isValue)
                ? Optional.of(filled) : Optional.empty();
    }

    /** How many figures, markers and empty cells follow one another from {@code from}. */
    private static int positionsFrom(List<TextCell> region, int from) {
        int end = from;
        while (end < region.size() && (region.get(end).isValue() || region.get(end).isBlank())) {
            end++;
        }
        return end - from;
    }

    /**
     * Where the row's label starts and the index just after it, searching forward from {@code from}: the first cell
     * that ends the label (alone or with up to {@value #LABEL_PIECES} cells before it, the fewest that match), and
     * the label then runs on over the cells after it while they still match (a label broken over lines).
     */
    private Optional<int[]> findLabel(List<TextCell> region, int from, TableDef table, RowDef row) {
        List<String> names = Labels.names(table, row, variants);
        for (int end = from; end < region.size(); end++) {
            FileBudget.checkpoint();
            StringBuilder text = new StringBuilder();
            for (int start = end; start >= Math.max(from, end - LABEL_PIECES + 1) && isLabel(region.get(start));
                    start--) {
                text.insert(0, LabelText.normalise(region.get(start).text()));
                if (matches(text.toString(), names)) {
                    int after = end + 1;
                    while (after < region.size() && after - start < LABEL_PIECES && isLabel(region.get(after))
                            && matches(text + LabelText.normalise(region.get(after).text()), names)) {
                        text.append(LabelText.normalise(region.get(after).text()));
                        after++;
                    }
                    return Optional.of(new int[] {start, after});
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isLabel(TextCell cell) {
        return !cell.isValue() && !cell.isBlank();
    }

    private static boolean matches(String text, List<String> names) {
        return names.stream().anyMatch(name -> Labels.match(text, name));
    }
}
