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
 * Reads the tables of one edition from a stream of cells (one cell per line): each table from its title to the
 * next, each row from its label to the figures that follow it. A row whose figures cannot all be placed stays blank
 * and is reported; nothing is guessed.
 */
final class StreamTableReader {

    /** How many neighbouring cells a label broken over lines may take. */
    private static final int LABEL_PIECES = 3;

    private final FormDefinition form;
    private final LabelVariants variants;

    StreamTableReader(FormDefinition form, LabelVariants variants) {
        this.form = form;
        this.variants = variants;
    }

    TableReading read(List<TextCell> cells) {
        Map<CellCode, PrintedValue> values = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        int found = 0;
        List<TableDef> tables = form.tables();
        for (int t = 0; t < tables.size(); t++) {
            TableDef table = tables.get(t);
            int start = indexOf(cells, table.title(), 0);
            if (start < 0) {
                findings.add(TableFindings.tableMissing(table));
                continue;
            }
            int end = t + 1 < tables.size() ? indexOf(cells, tables.get(t + 1).title(), start + 1) : cells.size();
            List<TextCell> region = cells.subList(start + 1, end < 0 ? cells.size() : end);
            found += readTable(table, region, values, findings);
        }
        return new TableReading(values, found, findings);
    }

    private int readTable(TableDef table, List<TextCell> region, Map<CellCode, PrintedValue> cells,
            List<Finding> findings) {
        int position = 0;
        int found = 0;
        for (Block block : table.blocks()) {
            if (block.layout() == BlockLayout.SIDE_BY_SIDE) {
                List<CellCode> codes = Labels.sideBySide(table, block);
                int run = firstRun(region, position, codes.size());
                if (run < 0) {
                    findings.add(TableFindings.blockMissing(table, codes.size()));
                    continue;
                }
                for (int i = 0; i < codes.size(); i++) {
                    cells.put(codes.get(i), region.get(run + i).value());
                }
                position = run + codes.size();
                found += block.rows().size();
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
                int values = valuesFrom(region, next);
                if (values == codes.size() + 1) {
                    List<TextCell> figures = region.subList(next, next + values);
                    Optional<SplitCell> split = SplitCell.find(form, codes, figures);
                    if (split.isPresent()) {
                        findings.add(split.get().finding(row, figures));
                        position = next + values;
                        continue;
                    }
                }
                if (values < codes.size()) {
                    findings.add(Finding.error("row-short", Map.of("row", String.join(" ", row.label()),
                            "count", Integer.toString(codes.size()))).at(region.get(label.get()[0]).place()));
                    position = next;
                    continue;
                }
                for (int i = 0; i < codes.size(); i++) {
                    cells.put(codes.get(i), region.get(next + i).value());
                }
                position = next + codes.size();
                found++;
            }
        }
        return found;
    }

    /** How many value cells follow one another from {@code from}. */
    private static int valuesFrom(List<TextCell> region, int from) {
        int end = from;
        while (end < region.size() && region.get(end).isValue()) {
            end++;
        }
        return end - from;
    }

    /** The first run of {@code length} value cells from {@code from}, or -1. */
    private static int firstRun(List<TextCell> region, int from, int length) {
        int run = 0;
        for (int i = from; i < region.size(); i++) {
            run = region.get(i).isValue() ? run + 1 : 0;
            if (run == length) {
                return i - length + 1;
            }
        }
        return -1;
    }

    /** Where the row's label starts and the index just after it, searching forward from {@code from}. */
    private Optional<int[]> findLabel(List<TextCell> region, int from, TableDef table, RowDef row) {
        List<String> names = Labels.names(table, row, variants);
        for (int i = from; i < region.size(); i++) {
            StringBuilder text = new StringBuilder();
            for (int j = i; j < Math.min(region.size(), i + LABEL_PIECES); j++) {
                if (region.get(j).isValue()) {
                    break;
                }
                text.append(LabelText.normalise(region.get(j).text()));
                String candidate = text.toString();
                if (names.stream().anyMatch(name -> Labels.match(candidate, name))) {
                    return Optional.of(new int[] {i, j + 1});
                }
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<TextCell> cells, String title, int from) {
        String wanted = LabelText.normalise(title);
        for (int i = from; i < cells.size(); i++) {
            if (LabelText.normalise(cells.get(i).text()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
