package cn.nianbao.annualreport.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.extract.ExtractedReport;
import cn.nianbao.annualreport.extract.TextReportReader;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.ReportYear;
import cn.nianbao.annualreport.workbook.Filling;
import cn.nianbao.annualreport.workbook.TemplateOptions;
import cn.nianbao.annualreport.workbook.WorkbookWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Inputs for merge tests, and an independent reading of workbooks: straight through POI by defined names, as a
 * spreadsheet holds them, without the project's reader or checker.
 */
public final class MergeFixtures {

    /** The project's examples/, relative to the module directory tests run in. */
    public static final Path EXAMPLES = Path.of("examples");

    private static final Pattern CELL_NAME = Pattern.compile("(active|requests|appeals)\\.[a-z_]+\\.[a-z_]+");
    private static final FormDefinitions FORMS = FormDefinitions.load();

    private MergeFixtures() {
    }

    /**
     * The standard workbook of a seed report, converted as {@code nianbao convert} does, with {@code year} on its
     * cover instead of the report's own, written as {@code dir/<seed>.xlsx}.
     */
    public static Path seedWorkbook(String seed, int year, Path dir) throws IOException {
        ExtractedReport report = TextReportReader.withInstalledLabels(FORMS)
                .read(Files.readAllLines(Fixtures.seed(seed.substring(0, 3)), StandardCharsets.UTF_8));
        Path file = dir.resolve(seed + ".xlsx");
        new WorkbookWriter(report.form()).write(new TemplateOptions(report.unit(), Optional.of(new ReportYear(year))),
                new Filling(report.figures(), report.cellNotes(), report.narrative(), report.printedTotalValues()),
                file, false);
        return file;
    }

    /** Types {@code text} into the named cell, as a clerk would in Excel. */
    public static void typeText(Path workbook, String name, String text) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            cell(book, name).setCellValue(text);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
    }

    /** Every table cell holding a number that is not a formula, by its defined name: what a clerk entered. */
    public static Map<String, Double> entered(Path workbook) {
        return cells(workbook, false);
    }

    /** Every table cell holding a formula, by its defined name, with the result stored in the file. */
    public static Map<String, Double> formulaResults(Path workbook) {
        return cells(workbook, true);
    }

    private static Map<String, Double> cells(Path workbook, boolean formulas) {
        Map<String, Double> cells = new TreeMap<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Name name : book.getAllNames()) {
                if (!CELL_NAME.matcher(name.getNameName()).matches()) {
                    continue;
                }
                Cell cell = cell(book, name.getNameName());
                boolean formula = cell.getCellType() == CellType.FORMULA;
                CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
                if (formula == formulas && type == CellType.NUMERIC) {
                    cells.put(name.getNameName(), cell.getNumericCellValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** The named cell of a workbook. */
    public static Cell cell(XSSFWorkbook book, String name) {
        CellReference ref = new CellReference(book.getName(name).getRefersToFormula());
        var sheet = book.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }
}
