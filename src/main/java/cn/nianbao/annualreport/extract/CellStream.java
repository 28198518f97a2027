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

    static List<TextCell> of(List<String> lines) {
        List<TextCell> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).replaceAll("[\\s|]*\\|[\\s|]*$", "").strip();
            if (!text.isEmpty()) {
                cells.add(new TextCell(text, i + 1));
            }
        }
        return cells;
    }
}
