package cn.nianbao.annualreport.workbook;

import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.WorkbookParts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes the 封面 sheet: unit, year, edition, contact, phone and date, each a named cell. */
final class CoverSheetWriter {

    private static final int FIRST_FIELD_ROW = 2;

    private final FormDefinition form;
    private final Styles styles;

    CoverSheetWriter(FormDefinition form, Styles styles) {
        this.form = form;
        this.styles = styles;
    }

    void write(XSSFSheet sheet, TemplateOptions options) {
        WorkbookParts.Cover cover = form.workbook().cover();
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        title.createCell(0).setCellValue(cover.title());
        title.getCell(0).setCellStyle(styles.get(Styles.Kind.TITLE));
        title.createCell(1).setCellStyle(styles.get(Styles.Kind.TITLE));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        int r = FIRST_FIELD_ROW;
        for (WorkbookParts.CoverField field : cover.fields()) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(22);
            Cell label = row.createCell(0);
            label.setCellValue(field.label());
            label.setCellStyle(styles.get(Styles.Kind.LABEL));
            Cell value = row.createCell(1);
            fill(value, field, options);
            name(sheet, field.code(), new CellRef(sheet.getSheetName(), r, 1));
            field.prompt().ifPresent(prompt -> validate(sheet, value, field, prompt));
            r++;
        }
        Row basis = sheet.createRow(r + 1);
        basis.createCell(0).setCellValue("格式依据：" + form.title() + "（" + form.issuedBy() + "）");
        basis.getCell(0).setCellStyle(styles.get(Styles.Kind.NOTE));
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, 1));
        basis.setHeightInPoints(36);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 48 * 256);
        TableSheetWriter.printOnA4Landscape(sheet);
        sheet.getPrintSetup().setLandscape(false);
        SheetProtection.protect(sheet);
    }

    private void fill(Cell value, WorkbookParts.CoverField field, TemplateOptions options) {
        switch (field.kind()) {
            case "edition":
                value.setCellValue(form.edition());
                value.setCellStyle(styles.get(Styles.Kind.LABEL));
                break;
            case "year":
                options.year().ifPresent(year -> value.setCellValue(year.value()));
                value.setCellStyle(styles.get(Styles.Kind.TEXT));
                break;
            case "date":
                value.setCellStyle(styles.get(Styles.Kind.DATE));
                break;
            default:
                if ("meta.unit".equals(field.code())) {
                    options.unit().ifPresent(value::setCellValue);
                }
                value.setCellStyle(styles.get(Styles.Kind.TEXT));
        }
    }

    private void validate(XSSFSheet sheet, Cell cell, WorkbookParts.CoverField field, String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        CellRangeAddressList where = new CellRangeAddressList(cell.getRowIndex(), cell.getRowIndex(),
                cell.getColumnIndex(), cell.getColumnIndex());
        DataValidationConstraint constraint;
        String error;
        if ("year".equals(field.kind())) {
            constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    Integer.toString(form.firstYear()), "2100");
            error = "报告年度应为 " + form.firstYear() + " 年及以后的四位年份。";
        } else if ("date".equals(field.kind())) {
            constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "DATE(2019,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd");
            error = "请填写日期，例如 2026-01-20。";
        } else {
            constraint = helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1", "200");
            error = "请填写不超过 200 个字的文字。";
        }
        DataValidation validation = helper.createValidation(constraint, where);
        validation.setShowPromptBox(true);
        validation.createPromptBox(field.label(), prompt);
        validation.setShowErrorBox(true);
        validation.createErrorBox(field.label() + "不符合要求", error);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    static void name(XSSFSheet sheet, String code, CellRef ref) {
        Name name = sheet.getWorkbook().createName();
        name.setNameName(code);
        name.setRefersToFormula(ref.absolute());
    }
}
