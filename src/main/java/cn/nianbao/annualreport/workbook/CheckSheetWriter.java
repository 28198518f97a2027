package cn.nianbao.annualreport.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.BalanceRule;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.ValueRule;
import cn.nianbao.annualreport.form.WorkbookParts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the 校验 sheet: every rule one workbook can check, one row each, recomputed from its parts with a live
 * result, and a named cell counting the failures.
 */
final class CheckSheetWriter {

    /** Columns: 序号, 规则编号, 规则, 单元格, 左边, 右边, 差额, 结果. */
    private static final String[] HEADER = {"序号", "规则编号", "规则", "涉及单元格", "应等于左边", "按组成部分计算",
        "差额", "结果"};
    private static final int HEADER_ROW = 3;
    private static final String PRINTED_TITLE = "原报告值与计算值不符的合计（工作簿按公式计算合计；原报告印的数值保留在此处和单元格批注中）";
    private static final String[] PRINTED_HEADER = {"序号", "单元格代码", "项目", "位置", "原报告值", "计算值", "差额"};
    private static final String SUGGESTED_TITLE = "最可能填错的格（改动最少的格使全部合计与平衡成立；同样可能的其他改法见检查报告）";
    private static final String[] SUGGESTED_HEADER = {"序号", "单元格代码", "项目", "位置", "现值", "建议改为"};
    private static final int[] WIDTHS = {6, 22, 60, 44, 12, 14, 10, 10};
    private static final float LINE_POINTS = 15f;

    private final FormDefinition form;
    private final WorkbookLayout layout;
    private final Styles styles;

    CheckSheetWriter(WorkbookLayout layout, Styles styles) {
        this.form = layout.form();
        this.layout = layout;
        this.styles = styles;
    }

    void write(XSSFSheet sheet, Map<CellCode, BigDecimal> printedTotals, Map<CellCode, BigDecimal> suggested) {
        WorkbookParts.Checks checks = form.workbook().checks();
        Row title = sheet.createRow(0);
        title.setHeightInPoints(28);
        text(title, 0, checks.title(), Styles.Kind.TITLE);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADER.length; c++) {
            text(header, c, HEADER[c], Styles.Kind.HEADER);
        }
        List<Rule> rules = form.singleReportRules();
        int r = HEADER_ROW + 1;
        for (Rule rule : rules) {
            writeRule(sheet.createRow(r), r - HEADER_ROW, rule, checks);
            r++;
        }
        String results = new CellRangeAddress(HEADER_ROW + 1, r - 1, 7, 7).formatAsString();
        int below = r + 1;
        if (!printedTotals.isEmpty()) {
            below = writePrintedTotals(sheet, below, printedTotals) + 1;
        }
        if (!suggested.isEmpty()) {
            writeSuggested(sheet, below, suggested);
        }
        Row summary = sheet.createRow(1);
        summary.setHeightInPoints(22);
        text(summary, 0, checks.failuresLabel(), Styles.Kind.HEADER);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
        Cell failures = summary.createCell(2);
        failures.setCellFormula("COUNTIF(" + results + ",\"" + checks.failed() + "\")");
        failures.setCellStyle(styles.get(Styles.Kind.COMPUTED));
        CoverSheetWriter.name(sheet, checks.failuresName(), new CellRef(sheet.getSheetName(), 1, 2));
        colour(sheet, results, checks);
        if (!printedTotals.isEmpty()) {
            text(summary, 3, "另有 " + printedTotals.size() + " 个合计与原报告印的数值不符，见本表下方", Styles.Kind.LABEL);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, HEADER.length - 1));
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        TableSheetWriter.printOnA4Landscape(sheet);
        SheetProtection.protect(sheet);
    }

    private void writeRule(Row row, int number, Rule rule, WorkbookParts.Checks checks) {
        int r = row.getRowNum() + 1;
        Cell serial = row.createCell(0);
        serial.setCellValue(number);
        serial.setCellStyle(styles.get(Styles.Kind.LABEL));
        text(row, 1, rule.id(), Styles.Kind.LABEL);
        text(row, 2, rule.title(), Styles.Kind.LABEL);
        String left;
        String right;
        String cells;
        if (rule instanceof SumRule sum) {
            left = sum.total().toString();
            right = Formulas.sum(sum.parts());
            cells = sum.total().toString();
        } else if (rule instanceof BalanceRule balance) {
            left = Formulas.side(balance.left());
            right = Formulas.side(balance.right());
            cells = balance.cells().stream().map(CellCode::toString).collect(Collectors.joining("\n"));
        } else {
            ValueRule value = (ValueRule) rule;
            left = Formulas.violations(value.kind(), ranges(value));
            right = "0";
            cells = "全部" + value.kind().name() + "单元格（" + value.cells().size() + " 个）中不合要求的个数";
        }
        text(row, 3, cells, Styles.Kind.LABEL);
        row.setHeightInPoints(LINE_POINTS * Math.max(lines(rule.title(), WIDTHS[2]), lines(cells, WIDTHS[3])) + 3);
        number(row, 4, left);
        number(row, 5, right);
        number(row, 6, "IFERROR(E" + r + "-F" + r + ",\"非数字\")");
        number(row, 7, "IF(G" + r + "=0,\"" + checks.passed() + "\",\"" + checks.failed() + "\")");
    }

    /**
     * Below the rules: each total the source printed differently from the sum of its parts, 原报告值 beside 计算值,
     * with the cell's address, so that the printed figure is kept where the formula replaced it.
     */
    private int writePrintedTotals(XSSFSheet sheet, int first, Map<CellCode, BigDecimal> printedTotals) {
        heading(sheet, first, PRINTED_TITLE, PRINTED_HEADER);
        int r = first + 2;
        for (Map.Entry<CellCode, BigDecimal> total : printedTotals.entrySet()) {
            Row row = cellRow(sheet, r, r - first - 1, total.getKey());
            Cell printed = row.createCell(4);
            printed.setCellValue(total.getValue().doubleValue());
            printed.setCellStyle(styles.get(Styles.Kind.COMPUTED));
            number(row, 5, total.getKey().toString());
            number(row, 6, "E" + (r + 1) + "-F" + (r + 1));
            r++;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule differs = formatting.createConditionalFormattingRule(ComparisonOperator.NOT_EQUAL,
                "0");
        TableSheetWriter.red(differs);
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first + 2, r - 1, 6, 6)},
                differs);
        return r;
    }

    /**
     * Below the printed totals: the cells the checker found most likely wrong (the fewest cells whose change makes
     * every sum and balance hold), each with the value it suggests beside the value as read.
     */
    private void writeSuggested(XSSFSheet sheet, int first, Map<CellCode, BigDecimal> suggested) {
        heading(sheet, first, SUGGESTED_TITLE, SUGGESTED_HEADER);
        int r = first + 2;
        for (Map.Entry<CellCode, BigDecimal> cell : suggested.entrySet()) {
            Row row = cellRow(sheet, r, r - first - 1, cell.getKey());
            number(row, 4, cell.getKey().toString());
            Cell value = row.createCell(5);
            value.setCellValue(cell.getValue().doubleValue());
            value.setCellStyle(styles.get(Styles.Kind.COMPUTED));
            r++;
        }
    }

    /** A section's title across the sheet's width, and its column headers in the row below. */
    private void heading(XSSFSheet sheet, int first, String title, String[] columns) {
        Row titleRow = sheet.createRow(first);
        titleRow.setHeightInPoints(22);
        text(titleRow, 0, title, Styles.Kind.HEADER);
        sheet.addMergedRegion(new CellRangeAddress(first, first, 0, HEADER.length - 1));
        Row header = sheet.createRow(first + 1);
        for (int c = 0; c < columns.length; c++) {
            text(header, c, columns[c], Styles.Kind.HEADER);
        }
    }

    /** A section's row about one cell: its serial number, code, label and address. */
    private Row cellRow(XSSFSheet sheet, int r, int serialNumber, CellCode code) {
        Row row = sheet.createRow(r);
        Cell serial = row.createCell(0);
        serial.setCellValue(serialNumber);
        serial.setCellStyle(styles.get(Styles.Kind.LABEL));
        text(row, 1, code.toString(), Styles.Kind.LABEL);
        text(row, 2, form.cell(code).map(CellDef::title).orElse(""), Styles.Kind.LABEL);
        text(row, 3, layout.address(code).map(CellRef::toString).orElse(""), Styles.Kind.LABEL);
        return row;
    }

    /** The sheet-qualified ranges covering a value rule's cells, sheet by sheet. */
    private List<String> ranges(ValueRule rule) {
        List<String> ranges = new ArrayList<>();
        for (TableLayout table : layout.tables()) {
            String sheet = new CellRef(table.table().sheet(), 0, 0).toString().replaceAll("!A1$", "");
            Ranges.covering(rule.cells(), table.dataCells())
                    .forEach(range -> ranges.add(sheet + "!" + range.formatAsString()));
        }
        return ranges;
    }

    /** How many lines a text takes in a column of {@code width} characters. */
    private static int lines(String text, int width) {
        return text.lines().mapToInt(line -> Math.max(1,
                (int) Math.ceil(TextWidth.of(line) / (double) (width - 2)))).sum();
    }

    private void text(Row row, int column, String text, Styles.Kind kind) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(kind));
    }

    private void number(Row row, int column, String formula) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(styles.get(Styles.Kind.COMPUTED));
    }

    private static void colour(XSSFSheet sheet, String results, WorkbookParts.Checks checks) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {CellRangeAddress.valueOf(results)};
        ConditionalFormattingRule failed = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + checks.failed() + "\"");
        TableSheetWriter.red(failed);
        ConditionalFormattingRule passed = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + checks.passed() + "\"");
        passed.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        formatting.addConditionalFormatting(range, failed, passed);
        ConditionalFormattingRule any = formatting.createConditionalFormattingRule(ComparisonOperator.GT, "0");
        TableSheetWriter.red(any);
        formatting.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("C2")}, any);
    }
}
