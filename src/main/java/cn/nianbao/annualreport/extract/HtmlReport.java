package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page as lines of text: paragraphs and headings one per line, and each table row as one line of
 * tab-separated cells laid on the table's grid, so that {@code rowspan} and {@code colspan} keep every figure in its
 * column. A spanned cell's text stands in its first position; the positions it covers are empty.
 */
public final class HtmlReport {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "section", "article", "header", "footer", "title", "pre");

    private HtmlReport() {
    }

    /**
     * The text of an HTML file, table rows placed by their table and row; the charset comes from the page's meta tag
     * or byte-order mark.
     */
    public static ReportText read(Path file) throws IOException {
        return read(Jsoup.parse(file.toFile(), null));
    }

    static ReportText read(Document document) {
        Collector collector = new Collector();
        collector.lines.add(document.title());
        collector.places.add("网页标题");
        collector.append(document.body());
        collector.flush();
        return new ReportText(collector.lines, collector.places);
    }

    /** Gathers the page's text: running text line by line, and each table row as one line on the table's grid. */
    private static final class Collector {
        private final List<String> lines = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int tables;

        void append(Node node) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.text());
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            if (element.normalName().equals("table")) {
                flush();
                tables++;
                List<List<String>> rows = grid(element);
                for (int r = 0; r < rows.size(); r++) {
                    lines.add(String.join("\t", rows.get(r)));
                    places.add("第 " + tables + " 个表格第 " + (r + 1) + " 行");
                }
                return;
            }
            boolean block = BLOCKS.contains(element.normalName());
            if (block) {
                text.append('\n');
            }
            element.childNodes().forEach(this::append);
            if (block) {
                text.append('\n');
            }
        }

        /** The running text so far, as lines placed after the table before them. */
        void flush() {
            String place = tables == 0 ? "第 1 个表格之前的正文" : "第 " + tables + " 个表格之后的正文";
            text.toString().lines().map(String::stripTrailing).forEach(line -> {
                lines.add(line);
                places.add(place);
            });
            text.setLength(0);
        }
    }

    /** The table's rows on its grid, spans expanded to empty positions. */
    static List<List<String>> grid(Element table) {
        List<List<String>> rows = new ArrayList<>();
        Map<Long, Boolean> taken = new HashMap<>();
        int r = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> row = new ArrayList<>();
            int c = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (taken.containsKey(key(r, c))) {
                    put(row, c++, "");
                }
                int rowspan = span(cell.attr("rowspan"));
                int colspan = span(cell.attr("colspan"));
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        taken.put(key(r + dr, c + dc), true);
                    }
                }
                put(row, c, cell.text().strip());
                for (int dc = 1; dc < colspan; dc++) {
                    put(row, c + dc, "");
                }
                c += colspan;
            }
            rows.add(row);
            r++;
        }
        return rows;
    }

    private static void put(List<String> row, int column, String text) {
        while (row.size() <= column) {
            row.add("");
        }
        row.set(column, text);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int span(String attribute) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(attribute.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
