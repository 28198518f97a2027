package cn.nianbao.annualreport.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.FormDefinition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

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
        List<String> paragraphs = new ArrayList<>(form.notes());
        paragraphs.addAll(form.workbook().notes().common());
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            numbered.add((i + 1) + ". " + paragraphs.get(i));
        }
        paragraphs(sheet, form.workbook().notes().title(), numbered);
    }

    /** The 文字部分 sheet: each part's heading, then its text, as printed. */
    void writeNarrative(XSSFSheet sheet, Map<String, String> parts) {
        List<String> paragraphs = new ArrayList<>();
        parts.forEach((heading, text) -> {
            paragraphs.add(heading);
            paragraphs.add(text);
        });
        paragraphs(sheet, form.workbook().narrative().title(), paragraphs);
    }

    private void paragraphs(XSSFSheet sheet, String title, List<String> paragraphs) {
        Row top = sheet.createRow(0);
        top.setHeightInPoints(28);
        Cell heading = top.createCell(0);
        heading.setCellValue(title);
        heading.setCellStyle(styles.get(Styles.Kind.TITLE));
        int r = 2;
        for (String paragraph : paragraphs) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(paragraph);
            cell.setCellStyle(styles.get(Styles.Kind.NOTE));
            int lines = paragraph.lines().mapToInt(line -> (int) Math.ceil(
                    TextWidth.of(line) / (double) (WIDTH - 4))).map(n -> Math.max(1, n)).sum();
            row.setHeightInPoints(Math.min(409f, Math.max(1, lines) * 15f + 4));
            r++;
        }
        sheet.setColumnWidth(0, WIDTH * 256);
        TableSheetWriter.printOnA4Landscape(sheet);
        sheet.getPrintSetup().setLandscape(false);
        SheetProtection.protect(sheet);
    }
}
