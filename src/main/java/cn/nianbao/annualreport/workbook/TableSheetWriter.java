package cn.nianbao.annualreport.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.ValueKind;
import cn.nianbao.annualreport.form.ValueRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes one statistical table onto its sheet: labels, headers, input cells, totals, validation and colours. */
final class TableSheetWriter {

    private static final int CHARACTER_WIDTH = 256;
    private static final float LINE_POINTS = 15f;

    private final FormDefinition form;
    private final Styles styles;
    private final Map<CellCode, SumRule> computed;

    TableSheetWriter(FormDefinition form, Styles styles) {
        this.form = form;
        this.styles = styles;
        this.computed = form.computedCells();
    }

    void write(XSSFSheet sheet, TableLayout layout) {
        for (Span span : layout.spans()) {
            writeSpan(sheet, span);
        }
        sizeColumnsAndRows(sheet, layout);
        validateInputs(sheet, layout);
        colourBrokenRules(sheet, layout);
        sheet.createFreezePane(layout.labelColumns(), layout.firstDataRow());
        sheet.setRepeatingRows(new CellRangeAddress(layout.firstHeaderRow(), layout.firstDataRow() - 1, -1, -1));
        printOnA4Landscape(sheet);
        SheetProtection.protect(sheet);
    }

    private void writeSpan(XSSFSheet sheet, Span span) {
        Styles.Kind kind = styleOf(span);
        for (int r = span.firstRow(); r <= span.lastRow(); r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = span.firstColumn(); c <= span.lastColumn(); c++) {
                row.createCell(c).setCellStyle(styles.get(kind));
            }
        }
        Cell cell = sheet.getRow(span.firstRow()).getCell(span.firstColumn());
        if (span.role() == Span.Role.DATA) {
            SumRule rule = computed.get(span.code().orElseThrow());
            if (rule != null) {
                cell.setCellFormula(Formulas.sum(rule.parts()));
            }
        } else {
            cell.setCellValue(span.text());
        }
        if (span.isMerged()) {
            sheet.addMergedRegion(new CellRangeAddress(span.firstRow(), span.lastRow(), span.firstColumn(),
                    span.lastColumn()));
        }
    }

    private Styles.Kind styleOf(Span span) {
        switch (span.role()) {
            case TITLE:
                return Styles.Kind.TITLE;
            case CAPTION:
                return Styles.Kind.CAPTION;
            case CORNER:
            case HEADER:
                return Styles.Kind.HEADER;
            case LABEL:
                return Styles.Kind.LABEL;
            default:
                return computed.containsKey(span.code().orElseThrow()) ? Styles.Kind.COMPUTED : Styles.Kind.INPUT;
        }
    }

    /** Widths from the longest single-column text; heights from how many lines the widest text wraps to. */
    private static void sizeColumnsAndRows(XSSFSheet sheet, TableLayout layout) {
        int[] widths = new int[layout.width()];
        Arrays.fill(widths, 8);
        for (Span span : layout.spans()) {
            if (span.firstColumn() == span.lastColumn() && span.role() != Span.Role.TITLE) {
                int wanted = span.role() == Span.Role.LABEL ? 30 : 12;
                widths[span.firstColumn()] = Math.max(widths[span.firstColumn()],
                        Math.min(wanted, TextWidth.of(span.text()) + 2));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * CHARACTER_WIDTH);
        }
        Map<Integer, Integer> lines = new LinkedHashMap<>();
        for (Span span : layout.spans()) {
            if (span.role() == Span.Role.TITLE || span.role() == Span.Role.DATA) {
                continue;
            }
            int width = 0;
            for (int c = span.firstColumn(); c <= span.lastColumn(); c++) {
                width += widths[c];
            }
            int rows = span.lastRow() - span.firstRow() + 1;
            int needed = (int) Math.ceil(TextWidth.of(span.text()) / (double) Math.max(1, width - 1) / rows);
            for (int r = span.firstRow(); r <= span.lastRow(); r++) {
                lines.merge(r, Math.max(1, needed), Math::max);
            }
        }
        lines.forEach((r, n) -> sheet.getRow(r).setHeightInPoints(Math.max(n, 1) * LINE_POINTS + 3));
        sheet.getRow(0).setHeightInPoints(28);
    }

    private void validateInputs(XSSFSheet sheet, TableLayout layout) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        Map<ValueKind, CellRangeAddressList> byKind = new LinkedHashMap<>();
        for (Map.Entry<CellCode, Span> entry : layout.dataCells().entrySet()) {
            if (computed.containsKey(entry.getKey())) {
                continue;
            }
            ValueKind kind = form.cell(entry.getKey()).map(CellDef::kind).orElseThrow();
            Span s = entry.getValue();
            byKind.computeIfAbsent(kind, k -> new CellRangeAddressList())
                    .addCellRangeAddress(s.firstRow(), s.firstColumn(), s.lastRow(), s.lastColumn());
        }
        byKind.forEach((kind, cells) -> {
            DataValidation validation = helper.createValidation(constraint(helper, kind), cells);
            validation.setShowPromptBox(true);
            validation.createPromptBox(kind.title(), kind.prompt());
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("数值不符合要求", kind.error());
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        });
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, ValueKind kind) {
        int type = kind.integer() ? DataValidationConstraint.ValidationType.INTEGER
                : DataValidationConstraint.ValidationType.DECIMAL;
        return kind.minimum()
                .map(min -> helper.createNumericConstraint(type, DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                        min.toPlainString(), null))
                .orElseGet(() -> helper.createNumericConstraint(type, DataValidationConstraint.OperatorType.BETWEEN,
                        "-999999999", "999999999"));
    }

    /** Conditional formatting: a cell that breaks a rule turns red as the clerk types. */
    private void colourBrokenRules(XSSFSheet sheet, TableLayout layout) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        Map<CellCode, Span> cells = layout.dataCells();
        for (Rule rule : form.singleReportRules()) {
            if (rule instanceof SumRule sum && cells.containsKey(sum.total())) {
                highlight(formatting, List.of(cells.get(sum.total())),
                        sum.total() + "<>" + Formulas.sum(sum.parts()));
            } else if (rule instanceof BalanceRule balance && cells.containsKey(balance.cells().get(0))) {
                List<Span> spans = balance.cells().stream().map(cells::get).toList();
                highlight(formatting, spans, Formulas.side(balance.left()) + "<>" + Formulas.side(balance.right()));
            } else if (rule instanceof ValueRule value) {
                for (CellRangeAddress range : Ranges.covering(value.cells(), cells)) {
                    String corner = new CellReference(range.getFirstRow(), range.getFirstColumn()).formatAsString();
                    highlightRange(formatting, range, Formulas.breaks(value.kind(), corner));
                }
            }
        }
    }

    private static void highlight(SheetConditionalFormatting formatting, List<Span> spans, String formula) {
        List<CellRangeAddress> regions = new ArrayList<>();
        spans.forEach(s -> regions.add(new CellRangeAddress(s.firstRow(), s.lastRow(), s.firstColumn(),
                s.lastColumn())));
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        red(rule);
        formatting.addConditionalFormatting(regions.toArray(new CellRangeAddress[0]), rule);
    }

    private static void highlightRange(SheetConditionalFormatting formatting, CellRangeAddress range, String formula) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        red(rule);
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    static void red(ConditionalFormattingRule rule) {
        rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        rule.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
    }

    static void printOnA4Landscape(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }
}
