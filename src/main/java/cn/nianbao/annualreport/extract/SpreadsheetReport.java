package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A workbook not made by nianbao (a report's tables pasted into Excel) as lines of text: each row of each sheet one
 * line of tab-separated cells, each cell as the spreadsheet shows it. Merged cells keep their text in the first
 * position only, as on the grid. Formulas are not evaluated: their cached results are what the author saw.
 */
public final class SpreadsheetReport {

    private SpreadsheetReport() {
    }

    /** The text of an .xlsx or .xls file, each line placed by its sheet and row. */
    public static ReportText read(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            List<String> lines = new ArrayList<>();
            List<String> places = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                    lines.add(String.join("\t", cells));
                    places.add("工作表“" + sheet.getSheetName() + "”第 " + (r + 1) + " 行");
                }
            }
            return new ReportText(lines, places, true);
        }
    }
}
