package cn.nianbao.annualreport.workbook;

import static cn.nianbao.annualreport.workbook.WorkbookReader.MAX_CELLS;
import static cn.nianbao.annualreport.workbook.WorkbookReader.limit;
import static cn.nianbao.annualreport.workbook.WorkbookReader.number;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The .xls (OLE2) reader: POI's HSSF, for files of at most {@value #MAX_XLS_MB} MB, unencrypted, of Excel 97 or
 * later; cells read as the .xlsx reader reads them (a formula's cached result).
 */
final class XlsReader {

    private static final int MAX_XLS_MB = 10;

    private XlsReader() {
    }

    static WorkbookContents read(Path file) throws IOException {
        if (Files.size(file) > (long) MAX_XLS_MB << 20) {
            throw new UnreadableWorkbookException(Reason.of("xls.too-large", "limit", MAX_XLS_MB));
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw encrypted(null);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                return xls(workbook);
            }
        } catch (UnreadableWorkbookException | BudgetExceeded e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableWorkbookException(Reason.of("xls.too-old"), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(Reason.of("xls.damaged"), e);
        }
    }

    private static UnreadableWorkbookException encrypted(Exception cause) {
        return new UnreadableWorkbookException(Reason.of("workbook.encrypted"), cause);
    }

    private static WorkbookContents xls(HSSFWorkbook workbook) throws UnreadableWorkbookException {
        List<String> sheets = new ArrayList<>();
        Map<CellRef, RawCell> cells = new HashMap<>();
        for (Sheet sheet : workbook) {
            sheets.add(sheet.getSheetName());
            for (Row row : sheet) {
                FileBudget.checkpoint();
                for (Cell cell : row) {
                    RawCell raw = xlsCell(cell);
                    if (raw != null) {
                        limit(cells.size(), MAX_CELLS, "workbook.many.cells");
                        cells.put(new CellRef(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex()), raw);
                    }
                }
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Name name : workbook.getAllNames()) {
            if (name.getSheetIndex() == -1 && !name.isFunctionName()) {
                names.putIfAbsent(name.getNameName(), name.getRefersToFormula());
            }
        }
        return WorkbookContents.withNames(sheets, names, cells);
    }

    /** A cell as the xlsx path would read it: for a formula, its cached result; null for an empty cell. */
    private static RawCell xlsCell(Cell cell) {
        CellType type = cell.getCellType();
        String formula = "";
        if (type == CellType.FORMULA) {
            formula = cell.getCellFormula();
            type = cell.getCachedFormulaResultType();
        }
        RawCell.Type kind;
        String text;
        switch (type) {
            case NUMERIC -> {
                kind = RawCell.Type.NUMBER;
                text = number(Double.toString(cell.getNumericCellValue()));
            }
            case STRING -> {
                kind = RawCell.Type.TEXT;
                text = cell.getStringCellValue();
            }
            case BOOLEAN -> {
                kind = RawCell.Type.BOOLEAN;
                text = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            }
            case ERROR -> {
                kind = RawCell.Type.ERROR;
                text = FormulaError.isValidCode(cell.getErrorCellValue())
                        ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#N/A";
            }
            default -> {
                kind = RawCell.Type.NUMBER;
                text = "";
            }
        }
        return text.isEmpty() && formula.isEmpty() ? null : new RawCell(kind, text, formula);
    }
}
