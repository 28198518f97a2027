package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.TableDef;

/**
 * What a table reader found in a report's text for one edition.
 *
 * @param cells     the values found, by cell code
 * @param rowsFound rows whose every figure was found, to choose the edition that fits best
 * @param findings  what could not be read or placed, and what was read with a repair that deserves a look
 */
record TableReading(Map<CellCode, PrintedValue> cells, int rowsFound, List<Finding> findings) {

    TableReading {
        cells = Map.copyOf(cells);
        findings = List.copyOf(findings);
    }

    /** How a table reader reads one table from its region, adding what it found; returns the rows found. */
    interface OneTable<T> {
        int read(TableDef table, List<T> region, Map<CellCode, PrintedValue> values, List<Finding> findings);
    }

    /**
     * The walk both table readers take: each table of the edition in order, in the region of {@code rows} where the
     * locator finds it ({@code rows} as the locator sees them: cells in a row), read by {@code table}; a table not
     * found is a {@code table-missing} finding.
     */
    static <T> TableReading walk(FormDefinition form, TableLocator locator, List<T> rows,
            List<List<TextCell>> located, OneTable<T> table) {
        Map<CellCode, PrintedValue> values = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        int found = 0;
        List<TableDef> tables = form.tables();
        List<Optional<TableLocator.Region>> regions = locator.locate(located);
        for (int t = 0; t < tables.size(); t++) {
            Optional<TableLocator.Region> region = regions.get(t);
            if (region.isEmpty()) {
                findings.add(TableFindings.tableMissing(tables.get(t)));
                continue;
            }
            found += table.read(tables.get(t), rows.subList(region.get().from(), region.get().to()), values, findings);
        }
        return new TableReading(values, found, findings);
    }
}
