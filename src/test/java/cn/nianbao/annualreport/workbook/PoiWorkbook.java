package cn.nianbao.annualreport.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.ValueRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test access to a standard workbook through its defined names, evaluated with POI or read as another application
 * (LibreOffice Calc) recalculated and saved it.
 */
final class PoiWorkbook {

    /**
     * One row of the 校验 sheet: the difference cached in column G ({@code NaN} when it holds no number) and the
     * result cached in column H ({@code ""} when it holds no text).
     */
    record CheckRow(String ruleId, String title, double difference, String result) {
    }

    private final XSSFWorkbook workbook;
    private final String checkSheet;
    private final Set<String> valueRules;

    PoiWorkbook(FormDefinition form, XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.checkSheet = form.workbook().checks().sheet();
        this.valueRules = form.rules().stream().filter(ValueRule.class::isInstance).map(Rule::id)
                .collect(Collectors.toSet());
    }

    Cell cell(String name) {
        Name defined = workbook.getName(name);
        if (defined == null) {
            throw new AssertionError("no defined name " + name);
        }
        CellReference ref = new CellReference(defined.getRefersToFormula());
        Row row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        if (cell == null) {
            throw new AssertionError(name + " → " + defined.getRefersToFormula() + " has no cell");
        }
        return cell;
    }

    /** Types each figure into its cell; a figure for a total replaces its formula, as a clerk's typing would. */
    void fill(Map<CellCode, BigDecimal> figures) {
        figures.forEach((code, value) -> {
            Cell cell = cell(code.toString());
            if (cell.getCellType() == CellType.FORMULA) {
                cell.setCellFormula(null);
            }
            cell.setCellValue(value.doubleValue());
        });
    }

    /** Evaluates every formula POI can evaluate (it cannot do the value rules' array tests). */
    void evaluateSumsAndBalances() {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.clearAllCachedResultValues();
        for (var sheet : workbook) {
            for (Row row : sheet) {
                boolean checks = sheet.getSheetName().equals(checkSheet);
                String rule = checks && row.getCell(1) != null ? row.getCell(1).toString() : "";
                if (valueRules.contains(rule) || checks && row.getRowNum() == 1) {
                    continue;
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        evaluator.evaluateFormulaCell(cell);
                    }
                }
            }
        }
    }

    /** The number in a named cell: typed, or the result cached for its formula (this never evaluates). */
    double number(String name) {
        Cell cell = cell(name);
        if (cachedType(cell) != CellType.NUMERIC) {
            throw new AssertionError(name + " should hold a number but holds " + cachedType(cell)
                    + (cell.getCellType() == CellType.FORMULA ? " (formula " + cell.getCellFormula() + ")" : ""));
        }
        return cell.getNumericCellValue();
    }

    List<CheckRow> checks() {
        List<CheckRow> rows = new ArrayList<>();
        var sheet = workbook.getSheet(checkSheet);
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell difference = row.getCell(6);
            Cell result = row.getCell(7);
            rows.add(new CheckRow(row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue(),
                    cachedType(difference) == CellType.NUMERIC ? difference.getNumericCellValue() : Double.NaN,
                    cachedType(result) == CellType.STRING ? result.getStringCellValue() : ""));
        }
        return rows;
    }

    private static CellType cachedType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }
}
