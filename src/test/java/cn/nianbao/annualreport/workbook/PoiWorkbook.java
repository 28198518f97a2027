package cn.nianbao.annualreport.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.ValueRule;

/** Test access to a standard workbook through its defined names, evaluated with POI. */
final class PoiWorkbook {

    /** One row of the 校验 sheet. */
    record CheckRow(String ruleId, String title, String result) {
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
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
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

    double number(String name) {
        return cell(name).getNumericCellValue();
    }

    List<CheckRow> checks() {
        List<CheckRow> rows = new ArrayList<>();
        var sheet = workbook.getSheet(checkSheet);
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell result = row.getCell(7);
            String text = result.getCachedFormulaResultType() == CellType.STRING
                    ? result.getStringCellValue() : "";
            rows.add(new CheckRow(row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue(), text));
        }
        return rows;
    }
}
