package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.Block;
import cn.nianbao.annualreport.form.BlockLayout;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.ColumnDef;
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

    /**
     * What was read: values by code, how many rows were found whole, and what could not be placed.
     *
     * @param cells     the values found, by cell code
     * @param rowsFound rows whose every figure was found
     * @param problems  one line per row or table that could not be read, naming the input line
     * @param warnings  one line per row read with a repair that deserves a look (spurious cells dropped)
     */
    record Reading(Map<CellCode, PrintedValue> cells, int rowsFound, List<String> problems, List<String> warnings) {
    }

    private final FormDefinition form;

    StreamTableReader(FormDefinition form) {
        this.form = form;
    }

    Reading read(List<TextCell> cells) {
        Map<CellCode, PrintedValue> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int found = 0;
        List<TableDef> tables = form.tables();
        for (int t = 0; t < tables.size(); t++) {
            TableDef table = tables.get(t);
            int start = indexOf(cells, table.title(), 0);
            if (start < 0) {
                problems.add("未找到表格“" + table.title() + "”");
                continue;
            }
            int end = t + 1 < tables.size() ? indexOf(cells, tables.get(t + 1).title(), start + 1) : cells.size();
            List<TextCell> region = cells.subList(start + 1, end < 0 ? cells.size() : end);
            found += readTable(table, region, values, problems);
        }
        return new Reading(values, found, problems, List.of());
    }

    private int readTable(TableDef table, List<TextCell> region, Map<CellCode, PrintedValue> values,
            List<String> problems) {
        int position = 0;
        int found = 0;
        for (Block block : table.blocks()) {
            if (block.layout() == BlockLayout.SIDE_BY_SIDE) {
                List<CellCode> codes = Labels.sideBySide(table, block);
                int run = firstRun(region, position, codes.size());
                if (run < 0) {
                    problems.add("表格“" + table.title() + "”中找不到连续的 " + codes.size() + " 个数");
                    continue;
                }
                for (int i = 0; i < codes.size(); i++) {
                    values.put(codes.get(i), region.get(run + i).value());
                }
                position = run + codes.size();
                found += block.rows().size();
                continue;
            }
            for (RowDef row : block.rows()) {
                Optional<int[]> label = findLabel(region, position, row);
                if (label.isEmpty()) {
                    problems.add("表格“" + table.title() + "”中未找到行“" + String.join(" ", row.label()) + "”");
                    continue;
                }
                int next = label.get()[1];
                List<ColumnDef> columns = block.columns();
                if (next + columns.size() > region.size()
                        || !region.subList(next, next + columns.size()).stream().allMatch(TextCell::isValue)) {
                    problems.add("第 " + region.get(label.get()[0]).line() + " 行“" + String.join(" ", row.label())
                            + "”之后没有 " + columns.size() + " 个数，该行留空");
                    position = next;
                    continue;
                }
                for (int i = 0; i < columns.size(); i++) {
                    values.put(new CellCode(table.code(), row.code(), columns.get(i).code()),
                            region.get(next + i).value());
                }
                position = next + columns.size();
                found++;
            }
        }
        return found;
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
    private static Optional<int[]> findLabel(List<TextCell> region, int from, RowDef row) {
        List<String> names = Labels.names(row);
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
