package cn.nianbao.annualreport.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.nianbao.annualreport.form.FormDefinition;

/** Writes the 说明 sheet: how to fill the workbook, from the official instructions, numbered. */
final class NotesSheetWriter {

    private static final int WIDTH = 100;

    private final FormDefinition form;
    private final Styles styles;

    NotesSheetWriter(FormDefinition form, Styles styles) {
        this.form = form;
        this.styles = styles;
    }

    void write(XSSFSheet sheet) {
        Row title = sheet.createRow(0);
        title.setHeightInPoints(28);
        Cell heading = title.createCell(0);
        heading.setCellValue(form.workbook().notes().title());
        heading.setCellStyle(styles.get(Styles.Kind.TITLE));
        List<String> paragraphs = new ArrayList<>(form.notes());
        paragraphs.addAll(form.workbook().notes().common());
        int r = 2;
        for (String paragraph : paragraphs) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue((r - 1) + ". " + paragraph);
            cell.setCellStyle(styles.get(Styles.Kind.NOTE));
            int lines = (int) Math.ceil(TableSheetWriter.displayWidth(paragraph) / (double) (WIDTH - 4));
            row.setHeightInPoints(Math.max(1, lines) * 15f + 4);
            r++;
        }
        sheet.setColumnWidth(0, WIDTH * 256);
        TableSheetWriter.printOnA4Landscape(sheet);
        sheet.getPrintSetup().setLandscape(false);
        SheetProtection.protect(sheet);
    }
}
