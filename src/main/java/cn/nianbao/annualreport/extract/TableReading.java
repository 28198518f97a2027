package cn.nianbao.annualreport.extract;

import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;

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
}
