package cn.nianbao.annualreport.merge;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 汇总来源 sheet of a summary workbook: one row per merged unit with its file, name, year, edition, error count
 * and every figure it added (one column per entered cell, headed by the code and a short label), a 合计 row of SUM
 * formulas, a row that reads the summary's own cells for comparison, and below, everything not added.
 */
final class SourcesSheet {

    /** The sheet's name in a Chinese workbook. */
    static final String NAME = "汇总来源";

    /** The widths of the unit columns before the figures: file, unit, year, edition, error count. */
    private static final int[] UNIT_WIDTHS = {40, 30, 8, 8, 8};
    private static final int FIGURE_WIDTH = 16;
    private static final int ERRORS_COLUMN = 4;
    private static final int FIRST_FIGURE_COLUMN = UNIT_WIDTHS.length;
    private static final int FIRST_UNIT_ROW = 2;

    private final Summary summary;
    private final List<CellDef> cells;
    private CellStyle header;
    private CellStyle label;
    private CellStyle data;
    private CellStyle total;
    private CellStyle heading;

    private final Messages messages;

    /** The sheet of a summary, its own words (not the form's labels) in the language of {@code messages}. */
    SourcesSheet(Summary summary, Messages messages) {
        this.summary = summary;
        this.messages = messages;
        this.cells = summary.totals().keySet().stream().map(c -> summary.form().cell(c).orElseThrow()).toList();
    }

    /** Adds the sheet after the workbook's other sheets. */
    void write(XSSFWorkbook workbook) {
        styles(workbook, summary.form().workbook().font());
        XSSFSheet sheet = workbook.createSheet(messages.text("sources.sheet"));
        headers(sheet);
        int row = FIRST_UNIT_ROW;
        for (MergedUnit unit : summary.units()) {
            unitRow(sheet.createRow(row++), unit);
        }
        int lastUnitRow = row - 1;
        totalRow(sheet.createRow(row++), lastUnitRow);
        summaryRow(sheet.createRow(row++));
        omissions(sheet, row + 1);
        for (int i = 0; i < UNIT_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, UNIT_WIDTHS[i] * 256);
        }
        for (int i = 0; i < cells.size(); i++) {
            sheet.setColumnWidth(FIRST_FIGURE_COLUMN + i, FIGURE_WIDTH * 256);
        }
        sheet.createFreezePane(1, FIRST_UNIT_ROW);
        // Printed on A4 landscape, each page repeating the two header rows and the file and unit columns.
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setRepeatingRows(new CellRangeAddress(0, FIRST_UNIT_ROW - 1, -1, -1));
        sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:B"));
        sheet.setAutoFilter(new CellRangeAddress(FIRST_UNIT_ROW - 1, Math.max(FIRST_UNIT_ROW, lastUnitRow), 0,
                FIRST_FIGURE_COLUMN + cells.size() - 1));
    }

    /** Row 1: the unit headers (over two rows) and each cell's code; row 2: each cell's short label. */
    private void headers(XSSFSheet sheet) {
        Row codes = sheet.createRow(0);
        Row labels = sheet.createRow(1);
        codes.setHeightInPoints(48);
        labels.setHeightInPoints(64);
        List<String> unitHeaders = messages.texts("sources.unit-columns");
        for (int i = 0; i < unitHeaders.size(); i++) {
            text(codes, i, unitHeaders.get(i), header);
            text(labels, i, "", header);
            sheet.addMergedRegion(new CellRangeAddress(0, 1, i, i));
        }
        for (int i = 0; i < cells.size(); i++) {
            CellDef cell = cells.get(i);
            text(codes, FIRST_FIGURE_COLUMN + i, cell.code().toString(), header);
            text(labels, FIRST_FIGURE_COLUMN + i, cell.table().sheet() + "：" + Merger.name(cell), label);
        }
    }

    private void unitRow(Row row, MergedUnit unit) {
        text(row, 0, unit.file().toString(), data);
        text(row, 1, unit.unit().orElse(messages.text("sources.no-unit")), data);
        if (unit.year().isPresent()) {
            number(row, 2, BigDecimal.valueOf(unit.year().get().value()), data);
        } else {
            text(row, 2, "", data);
        }
        text(row, 3, unit.edition(), data);
        number(row, ERRORS_COLUMN, BigDecimal.valueOf(unit.errors()), data);
        for (int i = 0; i < cells.size(); i++) {
            BigDecimal figure = unit.figures().get(cells.get(i).code());
            if (figure == null) {
                text(row, FIRST_FIGURE_COLUMN + i, "", data);
            } else {
                number(row, FIRST_FIGURE_COLUMN + i, figure, data);
            }
        }
    }

    /** 合计: a SUM over the unit rows of each column, its result cached for readers that do not recalculate. */
    private void totalRow(Row row, int lastUnitRow) {
        text(row, 0, messages.text("sources.total", Map.of("units", String.valueOf(summary.units().size()))), total);
        for (int i = 1; i < FIRST_FIGURE_COLUMN; i++) {
            text(row, i, "", total);
        }
        BigDecimal errors = BigDecimal.valueOf(summary.units().stream().mapToLong(MergedUnit::errors).sum());
        sum(row, ERRORS_COLUMN, lastUnitRow, errors);
        for (int i = 0; i < cells.size(); i++) {
            sum(row, FIRST_FIGURE_COLUMN + i, lastUnitRow, summary.totals().get(cells.get(i).code()));
        }
    }

    private void sum(Row row, int column, int lastUnitRow, BigDecimal cached) {
        String letter = CellReference.convertNumToColString(column);
        Cell cell = row.createCell(column);
        cell.setCellStyle(total);
        cell.setCellFormula("SUM(" + letter + (FIRST_UNIT_ROW + 1) + ":" + letter + (lastUnitRow + 1) + ")");
        cell.setCellValue(cached.doubleValue());
    }

    /** The summary's own cells, read through their defined names, to compare with 合计. */
    private void summaryRow(Row row) {
        text(row, 0, messages.text("sources.in-summary"), total);
        for (int i = 1; i < FIRST_FIGURE_COLUMN; i++) {
            text(row, i, "", total);
        }
        for (int i = 0; i < cells.size(); i++) {
            CellCode code = cells.get(i).code();
            Cell cell = row.createCell(FIRST_FIGURE_COLUMN + i);
            cell.setCellStyle(total);
            cell.setCellFormula(code.toString());
            cell.setCellValue(summary.totals().get(code).doubleValue());
        }
    }

    /** Below the table: the rows another edition could not map, and every cell an input holds but was not added. */
    private void omissions(XSSFSheet sheet, int first) {
        int row = first;
        text(sheet.createRow(row++), 0, messages.text("sources.not-added"), heading);
        if (summary.mapping().isPresent()) {
            EditionMapping mapping = summary.mapping().get();
            text(sheet.createRow(row++), 0, messages.text("sources.unmapped", Map.of("from", mapping.from().edition(),
                    "to", mapping.to().edition(), "rows", String.valueOf(mapping.unmappedRows()))), null);
        }
        for (Map.Entry<Path, Path> copy : summary.copies().entrySet()) {
            text(sheet.createRow(row++), 0, messages.text("sources.copy", Map.of("copy", copy.getKey().toString(),
                    "original", copy.getValue().toString())), null);
        }
        if (summary.omissions().isEmpty()) {
            text(sheet.createRow(row), 0, messages.text("sources.all-added"), null);
            return;
        }
        Row headers = sheet.createRow(row++);
        List<String> omissionHeaders = messages.texts("sources.omission-columns");
        for (int i = 0; i < omissionHeaders.size(); i++) {
            text(headers, i, omissionHeaders.get(i), header);
        }
        for (Omission omission : summary.omissions()) {
            Row line = sheet.createRow(row++);
            text(line, 0, omission.file().toString(), null);
            text(line, 1, omission.code().toString(), null);
            text(line, 2, messages.render(omission.finding(summary.form().edition())), null);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private void styles(XSSFWorkbook workbook, String fontName) {
        Font plain = font(workbook, fontName, false, 11);
        Font bold = font(workbook, fontName, true, 11);
        header = style(workbook, bold, IndexedColors.GREY_25_PERCENT, true);
        label = style(workbook, font(workbook, fontName, false, 9), IndexedColors.GREY_25_PERCENT, true);
        data = style(workbook, plain, null, true);
        total = style(workbook, bold, IndexedColors.LIGHT_TURQUOISE, true);
        heading = style(workbook, bold, null, false);
    }

    private static Font font(XSSFWorkbook workbook, String name, boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static CellStyle style(XSSFWorkbook workbook, Font font, IndexedColors fill, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (fill != null) {
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setWrapText(true);
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
