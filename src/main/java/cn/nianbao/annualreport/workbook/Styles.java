package cn.nianbao.annualreport.workbook;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the standard workbook, made once per workbook. */
final class Styles {

    /** What a styled cell is. */
    enum Kind {
        TITLE, CAPTION, HEADER, LABEL, INPUT, COMPUTED, TEXT, NOTE, DATE
    }

    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);

    Styles(Workbook workbook, String fontName) {
        Font plain = font(workbook, fontName, false, 11);
        Font bold = font(workbook, fontName, true, 11);
        Font large = font(workbook, fontName, true, 16);
        workbook.getFontAt(0).setFontName(fontName);
        styles.put(Kind.TITLE, style(workbook, large, false, HorizontalAlignment.CENTER, null, true));
        styles.put(Kind.CAPTION, style(workbook, bold, true, HorizontalAlignment.LEFT, IndexedColors.GREY_25_PERCENT,
                true));
        styles.put(Kind.HEADER, style(workbook, bold, true, HorizontalAlignment.CENTER, IndexedColors.GREY_25_PERCENT,
                true));
        styles.put(Kind.LABEL, style(workbook, plain, true, HorizontalAlignment.LEFT, IndexedColors.GREY_25_PERCENT,
                true));
        styles.put(Kind.COMPUTED, style(workbook, bold, true, HorizontalAlignment.RIGHT,
                IndexedColors.LIGHT_TURQUOISE, true));
        CellStyle input = style(workbook, plain, true, HorizontalAlignment.RIGHT, null, false);
        styles.put(Kind.INPUT, input);
        CellStyle text = style(workbook, plain, true, HorizontalAlignment.LEFT, null, false);
        styles.put(Kind.TEXT, text);
        CellStyle date = style(workbook, plain, true, HorizontalAlignment.LEFT, null, false);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        styles.put(Kind.DATE, date);
        styles.put(Kind.NOTE, style(workbook, plain, false, HorizontalAlignment.LEFT, null, true));
    }

    CellStyle get(Kind kind) {
        return styles.get(kind);
    }

    private static Font font(Workbook workbook, String name, boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName(name);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static CellStyle style(Workbook workbook, Font font, boolean bordered, HorizontalAlignment alignment,
            IndexedColors fill, boolean locked) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setLocked(locked);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
