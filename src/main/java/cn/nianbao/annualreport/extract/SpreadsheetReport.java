package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.Reason;
import cn.nianbao.annualreport.workbook.RawCell;
import cn.nianbao.annualreport.workbook.WorkbookContents;
import cn.nianbao.annualreport.workbook.WorkbookReader;

/**
 * A workbook not made by nianbao (a report's tables pasted into Excel) as lines of text: each row of each sheet one
 * line of tab-separated cells, each cell as the spreadsheet shows it in the General format. Merged cells keep their
 * text in the first position only, as on the grid. Formulas are not evaluated: their cached results are what the
 * author saw.
 *
 * <p>The file is read by {@link WorkbookReader}, with its limits, not by a spreadsheet engine: a sheet's empty
 * cells cost nothing, a run of empty rows is one empty line, and a grid wider or larger than any report needs is
 * refused.
 */
public final class SpreadsheetReport {

    /**
     * The rightmost column a line may reach: a report's widest table (行政复议和行政诉讼) has 15 figure columns and
     * a label; pasted with merged label cells and a note beside it a sheet uses about 20. A value at column XFD
     * (16,384) in each of 20,000 rows would be 330 million cells of text, and the table reader's work grows with
     * the width of a row.
     */
    static final int MAX_COLUMNS = 50;
    /**
     * The most cells the lines may hold, counting each row up to its last non-empty cell: a whole report pasted
     * into a sheet is about a thousand rows of text and four tables of a few hundred cells, some 2,500 in all;
     * 50,000 is twenty times that. (The table reader's work grows faster than the grid: 2,000 rows of 50 numbers
     * took it 30 seconds.)
     */
    static final int MAX_GRID_CELLS = 50_000;

    /** Excel shows at most 15 significant digits of a number. */
    private static final MathContext SHOWN = new MathContext(15);
    /** Longer number texts are shown as stored: no figure needs them, and rounding a giant costs time. */
    private static final int LONGEST_ROUNDED = 30;

    private SpreadsheetReport() {
    }

    /** The text of an .xlsx or .xls file, each line placed by its sheet and row. */
    public static ReportText read(Path file) throws IOException {
        WorkbookContents contents = WorkbookReader.read(file);
        Map<String, NavigableMap<Integer, NavigableMap<Integer, String>>> sheets = new HashMap<>();
        contents.cells().forEach((at, cell) -> sheets.computeIfAbsent(at.sheet(), s -> new TreeMap<>())
                .computeIfAbsent(at.row(), r -> new TreeMap<>()).put(at.column(), shown(cell)));
        refuseGridsNoReportNeeds(contents.sheets(), sheets);
        List<String> lines = new ArrayList<>();
        List<Location> places = new ArrayList<>();
        for (String sheet : contents.sheets()) {
            int next = 0;
            for (Map.Entry<Integer, NavigableMap<Integer, String>> row : sheets.getOrDefault(sheet, new TreeMap<>())
                    .entrySet()) {
                FileBudget.checkpoint();
                if (row.getKey() > next) {
                    lines.add(""); // a run of empty rows
                    places.add(place(sheet, next));
                }
                lines.add(line(row.getValue()));
                places.add(place(sheet, row.getKey()));
                next = row.getKey() + 1;
            }
        }
        return new ReportText(lines, places, true);
    }

    /** Refuses a row reaching past {@link #MAX_COLUMNS}, or more than {@link #MAX_GRID_CELLS} cells in all. */
    private static void refuseGridsNoReportNeeds(List<String> order,
            Map<String, NavigableMap<Integer, NavigableMap<Integer, String>>> sheets) {
        long grid = 0;
        for (String sheet : order) {
            for (Map.Entry<Integer, NavigableMap<Integer, String>> row : sheets.getOrDefault(sheet, new TreeMap<>())
                    .entrySet()) {
                int width = row.getValue().lastKey() + 1;
                if (width > MAX_COLUMNS) {
                    throw BudgetExceeded.tooLarge(new Reason("spreadsheet.wide-row", Map.of("sheet", sheet, "row",
                            row.getKey() + 1, "width", width, "limit", MAX_COLUMNS)));
                }
                grid += width;
            }
        }
        if (grid > MAX_GRID_CELLS) {
            throw BudgetExceeded.tooLarge(new Reason("spreadsheet.grid", Map.of("cells", grid, "limit",
                    MAX_GRID_CELLS)));
        }
    }

    private static String line(NavigableMap<Integer, String> cells) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column <= cells.lastKey(); column++) {
            if (column > 0) {
                line.append('\t');
            }
            line.append(cells.getOrDefault(column, ""));
        }
        return line.toString();
    }

    private static Location place(String sheet, int row) {
        return new Location.SheetRow(sheet, row + 1);
    }

    /**
     * A cell as the spreadsheet shows it in the General format: a number to 15 significant digits, without a
     * trailing {@code .0} or exponent ({@code 0.30000000000000004} shows as {@code 0.3}); anything else as stored.
     */
    private static String shown(RawCell cell) {
        String text = cell.text().strip();
        if (cell.type() != RawCell.Type.NUMBER || text.length() > LONGEST_ROUNDED) {
            return text;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (Math.abs(number.scale()) > LONGEST_ROUNDED) {
                return text;
            }
            return number.round(SHOWN).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
