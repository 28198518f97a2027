package cn.nianbao.annualreport.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.workbook.TextWidth;
import cn.nianbao.annualreport.workbook.WorkbookReader;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a copy of a checked workbook with every offending cell filled red (errors) or yellow (warnings) and a
 * comment in Chinese saying what is wrong and what was expected, the cell that most likely has to change filled
 * orange with a thick border and its comment opening with the value to enter; and a first sheet 检查结果 listing
 * every finding, each position a link to its cell, filtered and laid out to print: the view a clerk wants of their
 * own workbook.
 */
public final class Annotator {

    /** The sheet listing the findings, put first in the copy, as a Chinese copy names it. */
    public static final String SHEET = "检查结果";

    private final Messages messages;

    /** Annotates in Chinese. */
    public Annotator() {
        this(Locale.CHINESE);
    }

    /** Annotates in the language of {@code locale}: English for an English locale, Chinese otherwise. */
    public Annotator(Locale locale) {
        this.messages = Messages.of(locale);
    }

    /**
     * Copies {@code source} to {@code target} with the findings marked on it. The source is opened by
     * {@link WorkbookReader#open}: a file the checker would refuse (a zip bomb, an XML entity, a workbook past the
     * size, cell or style budgets) is refused here too, with the same Chinese reason, before POI parses it.
     */
    public void annotate(Path source, List<Finding> findings, Path target) throws IOException {
        try (Workbook workbook = WorkbookReader.open(source)) {
            annotate(workbook, findings);
            Path part = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                workbook.write(out);
            }
            Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Marks the findings on an open workbook. */
    public void annotate(Workbook workbook, List<Finding> findings) {
        Map<CellRef, StringBuilder> notes = new LinkedHashMap<>();
        Map<CellRef, Mark> marks = new HashMap<>();
        Map<CellRef, String> changes = new HashMap<>();
        for (Finding finding : findings) {
            Optional<CellRef> ref = cell(finding)
                    .filter(r -> workbook.getSheet(r.sheet()) != null);
            if (ref.isPresent()) {
                StringBuilder note = notes.computeIfAbsent(ref.get(), r -> new StringBuilder());
                String key = finding.isError() ? "annotation.error" : "annotation.warning";
                note.append(note.isEmpty() ? "" : "\n").append(messages.text(key,
                        Map.of("message", messages.render(finding), "rule", finding.ruleId())));
                Localised.suggested(finding).ifPresent(value -> changes.put(ref.get(), value));
                Mark mark = Localised.suggested(finding).isPresent() ? Mark.CHANGE
                        : finding.isError() ? Mark.ERROR : Mark.WARNING;
                marks.merge(ref.get(), mark, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        changes.forEach((ref, value) -> notes.get(ref).insert(0, messages.text("annotation.change",
                Map.of("value", value)) + "\n"));
        Map<String, CellStyle> styles = new HashMap<>();
        CreationHelper factory = workbook.getCreationHelper();
        notes.forEach((ref, text) -> {
            Sheet sheet = workbook.getSheet(ref.sheet());
            Row row = sheet.getRow(ref.row()) == null ? sheet.createRow(ref.row()) : sheet.getRow(ref.row());
            Cell cell = row.getCell(ref.column()) == null ? row.createCell(ref.column()) : row.getCell(ref.column());
            Mark mark = marks.get(ref);
            cell.setCellStyle(styles.computeIfAbsent(cell.getCellStyle().getIndex() + mark.name(), key -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setFillForegroundColor(mark.colour.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                if (mark == Mark.CHANGE) {
                    style.setBorderTop(BorderStyle.THICK);
                    style.setBorderBottom(BorderStyle.THICK);
                    style.setBorderLeft(BorderStyle.THICK);
                    style.setBorderRight(BorderStyle.THICK);
                }
                return style;
            }));
            cell.removeCellComment();
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = factory.createClientAnchor();
            // anchored at its own cell: POI files a new comment under the anchor's first cell, which must be free
            anchor.setCol1(ref.column());
            anchor.setCol2(ref.column() + 5);
            anchor.setRow1(ref.row());
            anchor.setRow2(ref.row() + 6);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text.toString()));
            comment.setAuthor("nianbao check");
            cell.setCellComment(comment);
        });
        list(workbook, findings);
    }

    /** How a cell is marked, the strongest last: a warning, an error, the cell to change. */
    private enum Mark {
        WARNING(IndexedColors.LIGHT_YELLOW),
        ERROR(IndexedColors.CORAL),
        CHANGE(IndexedColors.LIGHT_ORANGE);

        private final IndexedColors colour;

        Mark(IndexedColors colour) {
            this.colour = colour;
        }
    }

    /**
     * The widths in characters of the listing's columns: severity, rule, code, position, message, expected, actual,
     * suggested.
     */
    private static final int[] WIDTHS = {8, 20, 30, 20, 70, 10, 10, 10};
    private static final int POSITION = 3;

    /** The 检查结果 sheet, first and selected: one row per finding, its position a link to the cell. */
    private void list(Workbook workbook, List<Finding> findings) {
        String name = messages.text("annotation.sheet");
        Sheet sheet = workbook.createSheet(name);
        workbook.setSheetOrder(name, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(false);
        }
        Row header = sheet.createRow(0);
        CellStyle bold = style(workbook, false, false);
        List<String> columns = messages.texts("annotation.columns");
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        CellStyle wrapped = style(workbook, true, false);
        CellStyle link = style(workbook, true, true);
        for (int r = 0; r < findings.size(); r++) {
            listRow(sheet.createRow(r + 1), findings.get(r), wrapped, link);
        }
        if (findings.isEmpty()) {
            sheet.createRow(1).createCell(0).setCellValue(messages.text("annotation.none"));
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(findings.size(), 1), 0, columns.size() - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.createFreezePane(0, 1);
    }

    /** One finding's row: wrapped text, as tall as its longest text needs, the position linked to its cell. */
    private void listRow(Row row, Finding finding, CellStyle wrapped, CellStyle link) {
        String[] values = {messages.text(finding.isError() ? "severity.error" : "severity.warning"), finding.ruleId(),
                finding.cell().map(Object::toString).orElse(""), messages.where(finding),
                messages.render(finding), finding.expected(), finding.actual(),
                Localised.suggested(finding).orElse("")};
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values[c]);
            cell.setCellStyle(wrapped);
            lines = Math.max(lines, (TextWidth.of(values[c]) + WIDTHS[c] - 1) / WIDTHS[c]);
        }
        row.setHeightInPoints(lines * row.getSheet().getDefaultRowHeightInPoints());
        Workbook workbook = row.getSheet().getWorkbook();
        cell(finding).filter(ref -> workbook.getSheet(ref.sheet()) != null)
                .ifPresent(target -> {
                    Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                    hyperlink.setAddress(target.toString());
                    row.getCell(POSITION).setHyperlink(hyperlink);
                    row.getCell(POSITION).setCellStyle(link);
                });
    }

    /** The header's bold style, or the rows' top-aligned wrapping style, with or without a link's blue underline. */
    private static CellStyle style(Workbook workbook, boolean wrapped, boolean link) {
        CellStyle style = workbook.createCellStyle();
        if (!wrapped || link) {
            Font font = workbook.createFont();
            font.setFontName(workbook.getFontAt(0).getFontName());
            font.setBold(!wrapped);
            if (link) {
                font.setUnderline(Font.U_SINGLE);
                font.setColor(IndexedColors.BLUE.getIndex());
            }
            style.setFont(font);
        }
        style.setWrapText(wrapped && !link);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** The cell a finding stands at, when it stands at one. */
    private static Optional<CellRef> cell(Finding finding) {
        return finding.where().filter(CellRef.class::isInstance).map(CellRef.class::cast);
    }
}
