package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text in which a table arrives one cell per line, with or without {@code |} separators: the stream of its
 * non-empty cells. Lines of separators only ({@code |||}) carry no cell.
 */
final class CellStream {

    private CellStream() {
    }

    static List<TextCell> of(ReportText text) {
        List<String> lines = text.lines();
        List<TextCell> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String cell = lines.get(i).replaceAll("[\\s|]*\\|[\\s|]*$", "").strip();
            if (!cell.isEmpty()) {
                cells.add(new TextCell(cell, text.place(i)));
            }
        }
        return cells;
    }
}
