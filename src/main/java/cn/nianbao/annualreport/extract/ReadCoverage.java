package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.TableDef;

/**
 * How much of a report's tables was read: the cells found out of the edition's, the tables not found at all and the
 * rows of the tables found that were not read (missing, or left blank because their figures could not be placed with
 * certainty). A report is fully read when every cell of its edition was found, blank cells included.
 *
 * @param cells          the edition's cells found in the source
 * @param ofCells        the edition's cells
 * @param tablesNotFound the codes of the tables of which no cell was found, e.g. {@code appeals}
 * @param rowsNotRead    the {@code table.row} codes of rows not (fully) read in the tables found
 */
public record ReadCoverage(int cells, int ofCells, List<String> tablesNotFound, List<String> rowsNotRead) {

    /** Copies the lists. */
    public ReadCoverage {
        tablesNotFound = List.copyOf(tablesNotFound);
        rowsNotRead = List.copyOf(rowsNotRead);
    }

    /** How much of the edition's tables the cells present cover. */
    public static ReadCoverage of(FormDefinition form, Set<?> present) {
        List<String> tables = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        int found = 0;
        for (TableDef table : form.tables()) {
            Map<String, Boolean> rowRead = new LinkedHashMap<>();
            int foundInTable = 0;
            for (CellDef cell : form.cells(table)) {
                boolean here = present.contains(cell.code());
                foundInTable += here ? 1 : 0;
                rowRead.merge(cell.code().row(), here, Boolean::logicalAnd);
            }
            found += foundInTable;
            if (foundInTable == 0) {
                tables.add(table.code());
                continue;
            }
            rowRead.forEach((row, read) -> {
                if (!read) {
                    rows.add(table.code() + "." + row);
                }
            });
        }
        return new ReadCoverage(found, form.cells().size(), tables, rows);
    }

    /** Whether every cell of the edition was found. */
    public boolean isComplete() {
        return cells == ofCells;
    }

    /** For JSON: {@code cells}, {@code of}, {@code complete}, {@code tables_not_found}, {@code rows_not_read}. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cells", cells);
        json.put("of", ofCells);
        json.put("complete", isComplete());
        json.put("tables_not_found", tablesNotFound);
        json.put("rows_not_read", rowsNotRead);
        return json;
    }

    /**
     * A warning when the report was not fully read ({@code partly-read}), naming the tables not found and the rows not
     * read by their printed titles, so that a partly read report is never taken for a checked one.
     */
    public Optional<Finding> finding(FormDefinition form) {
        if (isComplete()) {
            return Optional.empty();
        }
        List<String> tables = form.tables().stream().filter(t -> tablesNotFound.contains(t.code()))
                .map(TableDef::title).toList();
        List<String> rows = new ArrayList<>();
        for (TableDef table : form.tables()) {
            table.rows().stream().filter(r -> rowsNotRead.contains(table.code() + "." + r.code()))
                    .forEach(r -> rows.add(table.rowName(r)));
        }
        return Optional.of(Finding.warning(FindingKind.PARTLY_READ, Map.of("cells", Integer.toString(cells),
                "of", Integer.toString(ofCells), "tables", tables.isEmpty() ? "—" : String.join("、", tables),
                "rows", rows.isEmpty() ? "—" : String.join("、", rows))));
    }
}
