package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.limits.FileBudget;

/**
 * Plain text in which a table arrives one cell per line, with or without {@code |} separators: the stream of its
 * cells. Lines of separators only ({@code |}, {@code |||}) and empty lines carry no cell; a line holding a blank and
 * then one {@code |} (" |") is an empty cell of the table, kept as an empty position so that the figures after it
 * keep their columns.
 */
final class CellStream {

    /** An empty cell: white space, then the cell's separator. */
    private static final Pattern EMPTY_CELL = Pattern.compile("^[\\s\\u00a0\\u3000]+\\|\\s*$");
    /** The separators closing a cell's line. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|]*\\|[\\s|]*$");

    private CellStream() {
    }

    static List<TextCell> of(ReportText text) {
        List<String> lines = text.lines();
        List<TextCell> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FileBudget.checkpoint();
            if (EMPTY_CELL.matcher(lines.get(i)).matches()) {
                cells.add(new TextCell("", text.place(i)));
                continue;
            }
            String cell = SEPARATORS.matcher(lines.get(i)).replaceAll("").strip();
            if (!cell.isEmpty()) {
                cells.add(new TextCell(cell, text.place(i)));
            }
        }
        return cells;
    }
}
