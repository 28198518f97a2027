package cn.nianbao.annualreport.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything of a workbook that matters to a clerk, as lines of text: cells with their values or formulas and
 * locking, merges, names, validations, conditional formats, print set-up. Two workbooks are the same template when
 * their fingerprints are equal; timestamps in docProps do not count.
 */
final class WorkbookFingerprint {

    private WorkbookFingerprint() {
    }

    static List<String> of(XSSFWorkbook workbook) {
        List<String> lines = new ArrayList<>();
        for (Name name : workbook.getAllNames()) {
            lines.add("name " + name.getNameName() + " = " + name.getRefersToFormula());
        }
        lines.sort(null);
        for (var s : workbook) {
            sheet((XSSFSheet) s, lines);
        }
        return lines;
    }

    private static void sheet(XSSFSheet sheet, List<String> lines) {
        String p = sheet.getSheetName() + " ";
        lines.add(p + "protected=" + sheet.getProtect() + " landscape=" + sheet.getPrintSetup().getLandscape()
                + " fit=" + sheet.getPrintSetup().getFitWidth() + "x" + sheet.getPrintSetup().getFitHeight()
                + " repeat=" + sheet.getRepeatingRows() + " pane=" + pane(sheet));
        for (Row row : sheet) {
            for (Cell cell : row) {
                lines.add(p + cell.getAddress() + " " + cell.getCellType() + " " + content(cell) + " locked="
                        + cell.getCellStyle().getLocked());
            }
        }
        List<String> merges = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merges.add(p + "merge " + region.formatAsString());
        }
        merges.sort(null);
        lines.addAll(merges);
        for (XSSFDataValidation v : sheet.getDataValidations()) {
            List<String> regions = new ArrayList<>();
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                regions.add(r.formatAsString());
            }
            lines.add(p + "validation " + regions + " type=" + v.getValidationConstraint().getValidationType()
                    + " op=" + v.getValidationConstraint().getOperator() + " " + v.getValidationConstraint()
                    .getFormula1() + " prompt=" + v.getPromptBoxText() + " error=" + v.getErrorBoxText());
        }
        var formatting = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting cf = formatting.getConditionalFormattingAt(i);
            List<String> regions = new ArrayList<>();
            for (CellRangeAddress r : cf.getFormattingRanges()) {
                regions.add(r.formatAsString());
            }
            for (int j = 0; j < cf.getNumberOfRules(); j++) {
                lines.add(p + "format " + regions + " " + cf.getRule(j).getFormula1());
            }
        }
    }

    private static String pane(XSSFSheet sheet) {
        var pane = sheet.getPaneInformation();
        return pane == null ? "none" : pane.getVerticalSplitLeftColumn() + "," + pane.getHorizontalSplitTopRow();
    }

    private static String content(Cell cell) {
        switch (cell.getCellType()) {
            case FORMULA:
                return "=" + cell.getCellFormula();
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                return Double.toString(cell.getNumericCellValue());
            default:
                return "";
        }
    }
}
