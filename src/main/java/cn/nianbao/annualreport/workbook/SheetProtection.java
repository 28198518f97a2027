package cn.nianbao.annualreport.workbook;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Sheet protection without a password: labels and formulas locked, input cells free, columns resizable. */
final class SheetProtection {

    private SheetProtection() {
    }

    static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
