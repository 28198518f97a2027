package cn.nianbao.annualreport.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.SumRule;
import cn.nianbao.annualreport.form.WorkbookParts;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the standard workbook of an edition: 封面, the three tables, 校验 and 说明, every data cell named by its
 * canonical code.
 *
 * <pre>{@code
 * new WorkbookWriter(form).write(TemplateOptions.BLANK, Path.of("t.xlsx"));
 * }</pre>
 */
public final class WorkbookWriter {

    /** The longest piece of the report's JSON one cell of the 原报告数据 sheet holds. */
    static final int SOURCE_PIECE = 30_000;

    private final WorkbookLayout layout;

    /** A writer for one edition. */
    public WorkbookWriter(FormDefinition form) {
        this.layout = new WorkbookLayout(form);
    }

    /** The layout the writer follows. */
    public WorkbookLayout layout() {
        return layout;
    }

    /** Builds a blank workbook in memory, formulas evaluated once and set to recalculate on open. */
    public XSSFWorkbook build(TemplateOptions options) {
        return build(options, Filling.NONE);
    }

    /**
     * Builds the workbook with figures in its input cells and notes as comments; formulas are evaluated after
     * filling, so readers that trust cached results (LibreOffice by default) see the right totals.
     */
    public XSSFWorkbook build(TemplateOptions options, Filling filling) {
        FormDefinition form = layout.form();
        XSSFWorkbook workbook = new XSSFWorkbook();
        // Formulas are generated from the definitions and parsed once, when their results are cached below; parsing
        // each as it is set too (POI's default) looks every defined name up again and doubles the writer's time.
        workbook.setCellFormulaValidation(false);
        Styles styles = new Styles(workbook, form.workbook().font());
        var cover = workbook.createSheet(form.workbook().cover().sheet());
        layout.tables().forEach(t -> workbook.createSheet(t.table().sheet()));
        var checks = workbook.createSheet(form.workbook().checks().sheet());
        var notes = workbook.createSheet(form.workbook().notes().sheet());
        layout.addresses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> CoverSheetWriter.name(cover, e.getKey().toString(), e.getValue()));
        new CoverSheetWriter(form, styles).write(cover, options);
        TableSheetWriter tables = new TableSheetWriter(form, styles);
        layout.tables().forEach(t -> tables.write(workbook.getSheet(t.table().sheet()), t));
        new CheckSheetWriter(layout, styles).write(checks, filling.printedTotals(), filling.suggested());
        new NotesSheetWriter(form, styles).write(notes);
        fill(workbook, filling);
        if (!filling.narrative().isEmpty()) {
            new NotesSheetWriter(form, styles).writeNarrative(
                    workbook.createSheet(form.workbook().narrative().sheet()), filling.narrative());
        }
        filling.source().ifPresent(json -> writeSource(workbook, json));
        workbook.getProperties().getCoreProperties().setTitle(form.workbook().cover().title());
        workbook.getProperties().getCoreProperties().setCreator("nianbao");
        cacheResults(workbook);
        workbook.setForceFormulaRecalculation(true);
        return workbook;
    }

    /**
     * Stores each formula's result for readers that trust cached values. POI's evaluator cannot compute array
     * expressions inside SUMPRODUCT (the fraction test of the value rules); those cells, and the failure count that
     * depends on them, keep no cached result and are computed by the spreadsheet application, which recalculates
     * on open.
     */
    private static void cacheResults(XSSFWorkbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        try {
                            evaluator.evaluateFormulaCell(cell);
                        } catch (IllegalStateException | NotImplementedException e) {
                            evaluator.notifyUpdateCell(cell);
                        }
                    }
                }
            }
        }
    }

    /**
     * The report as read, on a very hidden, protected sheet: its title in A1, then the JSON in pieces of at most
     * {@value #SOURCE_PIECE} characters down column A (a cell holds at most 32,767).
     */
    private void writeSource(XSSFWorkbook workbook, String json) {
        WorkbookParts.Source part = layout.form().workbook().source();
        XSSFSheet sheet = workbook.createSheet(part.sheet());
        sheet.createRow(0).createCell(0).setCellValue(part.title());
        for (int i = 0, row = 1; i < json.length(); i += SOURCE_PIECE, row++) {
            sheet.createRow(row).createCell(0).setCellValue(json.substring(i, Math.min(json.length(),
                    i + SOURCE_PIECE)));
        }
        SheetProtection.protect(sheet);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private void fill(XSSFWorkbook workbook, Filling filling) {
        Map<CellCode, SumRule> computed = layout.form().computedCells();
        filling.values().forEach((code, value) -> {
            if (!computed.containsKey(code)) {
                cell(workbook, code).setCellValue(value.doubleValue());
            }
        });
        filling.notes().forEach((code, text) -> {
            Cell cell = cell(workbook, code);
            XSSFSheet sheet = (XSSFSheet) cell.getSheet();
            XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, cell.getColumnIndex(), cell.getRowIndex(),
                    cell.getColumnIndex() + 4, cell.getRowIndex() + 3);
            Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
            comment.setString(new XSSFRichTextString(text));
            comment.setAuthor("nianbao");
            cell.setCellComment(comment);
        });
    }

    private Cell cell(XSSFWorkbook workbook, CellCode code) {
        CellRef ref = layout.address(code)
                .orElseThrow(() -> new IllegalArgumentException(layout.form().edition() + " 版没有单元格 " + code));
        return workbook.getSheet(ref.sheet()).getRow(ref.row()).getCell(ref.column());
    }

    /** Writes a blank workbook to {@code file}, which must not exist unless {@code replace} is set. */
    public void write(TemplateOptions options, Path file, boolean replace) throws IOException {
        write(options, Filling.NONE, file, replace);
    }

    /** Writes a filled workbook to {@code file}, which must not exist unless {@code replace} is set. */
    public void write(TemplateOptions options, Filling filling, Path file, boolean replace) throws IOException {
        try (XSSFWorkbook workbook = build(options, filling);
                OutputStream out = replace ? Files.newOutputStream(file)
                        : Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            workbook.write(out);
        }
    }
}
