package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML page as lines of text: paragraphs and headings one per line, and each table row as one line of
 * tab-separated cells laid on the table's grid, so that {@code rowspan} and {@code colspan} keep every figure in its
 * column. A spanned cell's text stands in its first position; the positions it covers are empty.
 *
 * <p>A cell is one cell however its text is marked up: text split over several {@code <p>} or {@code <span>}
 * elements (Word's {@code MsoNormal} paragraphs, a header printed one character per paragraph, a number split over
 * two spans) is joined, {@code &nbsp;} and {@code <br>} alone leave the cell empty. A table that holds another table
 * or running text (a portal page laid out in a table) is a layout table: its cells are read as running text, and the
 * tables inside them as tables of their own.
 */
final class HtmlReport {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "section", "article", "header", "footer", "title", "pre", "table", "tr", "td", "th", "ul", "ol",
            "blockquote", "center", "dd", "dt");
    /** Elements whose text is not shown. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head");
    /** A cell holding more text than this is running text, not a table cell (a page laid out in a table). */
    private static final int LONGEST_CELL = 300;
    /** A table with a row of this many cells is a table of figures, even with a long note in one cell. */
    private static final int DATA_ROW_CELLS = 4;

    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    /** The start of a link to the previous or next article. */
    private static final Pattern NEIGHBOUR = Pattern.compile("(上一篇|下一篇|上一条|下一条|上篇|下篇)\\s*[:：]");

    /**
     * The most tables a page may hold: a report page holds about ten (its tables and a portal's layout tables).
     * Counted before the page is parsed, so that a page of 100,000 nested tables is refused at once.
     */
    static final int MOST_TABLES = 1_000;
    private static final Pattern TABLE_TAG = Pattern.compile("<table[\\s>/]", Pattern.CASE_INSENSITIVE);
    /**
     * The deepest nesting of elements read: real pages, portal layouts included, nest well under 100 deep. Deeper
     * nesting (a page of 100,000 nested elements) would exhaust the stack of the readers, which walk the page
     * element by element.
     */
    static final int DEEPEST_NESTING = 500;
    /**
     * The most columns a table may have: a report's tables have under 20. A cell starting further right (spans of
     * 1,000 columns side by side) makes the page unreadable; a span reaching beyond the table's last column (a
     * colspan of 100 in a table of 7 columns, common in sloppy pages) ends at the last column.
     */
    static final int MOST_COLUMNS = 200;
    /** The most positions (rows times columns) of one table: a report's largest table has about 2,000. */
    static final int MOST_POSITIONS = 50_000;
    /** The largest span read, as browsers read it (HTML: colspan is clamped to 1,000). */
    private static final int LONGEST_SPAN = 1_000;

    /** How much of a page is searched for the charset its head names. */
    private static final int HEAD_BYTES = 1 << 16;
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlReport() {
    }

    /**
     * The text of an HTML file, table rows placed by their table and row; the charset comes from the page's meta tag
     * or byte-order mark (see {@link #decode}). A page larger than any report needs ({@link #MOST_TABLES},
     * {@link #DEEPEST_NESTING}, {@link #MOST_COLUMNS}, {@link #MOST_POSITIONS}) is refused with
     * {@link BudgetExceeded}; a page the parser cannot take with a {@link ReadRefusal}.
     */
    public static ReportText read(Path file) throws IOException {
        String page = decode(ReportFiles.bytes(file));
        refuseTableBomb(page);
        Document document;
        try {
            document = Jsoup.parse(page);
        } catch (RuntimeException e) {
            throw new ReadRefusal(Reason.of("html.unparsable", "error", e.getClass().getSimpleName()), e);
        }
        return read(document);
    }

    /** Refuses a page of more than {@link #MOST_TABLES} tables, before parsing it. */
    private static void refuseTableBomb(String page) {
        Matcher table = TABLE_TAG.matcher(page);
        int tables = 0;
        while (table.find()) {
            if (++tables > MOST_TABLES) {
                throw BudgetExceeded.tooLarge(Reason.of("html.tables", "limit", MOST_TABLES));
            }
        }
    }

    /** Refuses a page whose elements nest deeper than {@link #DEEPEST_NESTING}. */
    private static void refuseDeepNesting(Document document) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), document);
        if (deepest[0] > DEEPEST_NESTING) {
            throw BudgetExceeded.tooLarge(new Reason("html.nesting", Map.of("depth", deepest[0], "limit",
                    DEEPEST_NESTING)));
        }
    }

    /**
     * A page's text. A byte-order mark, or bytes that are valid UTF-8 but for a few stray ones, decide (whatever the
     * page names: pages saved again in UTF-8 keep their old GB2312 meta tag); otherwise the page is GB18030, which
     * holds GB2312 and GBK, unless a meta tag in its head (wherever it stands: portals put kilobytes of styles and
     * scripts before it) names Big5. A page naming UTF-8 while its bytes are not is GB18030 too.
     */
    static String decode(byte[] bytes) {
        if (hasByteOrderMark(bytes) || isUtf8(bytes)
                || ReportFiles.isUtf8WithStrayBytes(new String(bytes, StandardCharsets.UTF_8))) {
            return ReportFiles.decode(bytes);
        }
        String ascii = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        int headEnd = ascii.toLowerCase(Locale.ROOT).indexOf("</head");
        Matcher declared = DECLARED_CHARSET.matcher(headEnd < 0 ? ascii : ascii.substring(0, headEnd));
        if (declared.find()) {
            String name = declared.group(1).toUpperCase(Locale.ROOT);
            if (name.startsWith("BIG5") && Charset.isSupported(name)) {
                return new String(bytes, Charset.forName(name));
            }
        }
        return new String(bytes, Charset.forName("GB18030"));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB);
    }

    /** A parsed page's text; refused when its elements nest deeper than {@link #DEEPEST_NESTING}. */
    static ReportText read(Document document) {
        refuseDeepNesting(document);
        Collector collector = new Collector();
        if (!document.title().isBlank()) {
            collector.lines.add(document.title());
            collector.places.add(new Location.PageTitle());
        }
        collector.append(document.body());
        collector.flush();
        return new ReportText(collector.lines, collector.places, true);
    }

    /** Gathers the page's text: running text line by line, and each table row as one line on the table's grid. */
    private static final class Collector {
        private final List<String> lines = new ArrayList<>();
        private final List<Location> places = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int tables;

        void append(Node node) {
            FileBudget.checkpoint();
            if (node instanceof TextNode textNode) {
                text.append(textNode.text());
                return;
            }
            if (!(node instanceof Element element) || HIDDEN.contains(element.normalName()) || isNavigation(element)) {
                return;
            }
            if (element.normalName().equals("table") && !isLayout(element)) {
                element.children().stream().filter(e -> e.normalName().equals("caption"))
                        .forEach(caption -> text.append('\n').append(cellText(caption)).append('\n'));
                flush();
                tables++;
                List<List<String>> rows = grid(element);
                for (int r = 0; r < rows.size(); r++) {
                    lines.add(String.join("\t", rows.get(r)));
                    places.add(new Location.TableRow(tables, r + 1));
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
            Location place = new Location.TextAfterTable(tables);
            text.toString().lines().map(HtmlReport::plain).forEach(line -> {
                lines.add(line);
                places.add(place);
            });
            text.setLength(0);
        }
    }

    /**
     * Whether an element only links to other pages, so that its text is not the report's: a {@code <nav>}, a list
     * item whose text is all in links (a list of related articles, other years' reports), or a paragraph or item
     * linking to the previous or next article (上一篇：…, 下一篇：…). A report's own title is never a link.
     */
    static boolean isNavigation(Element element) {
        String name = element.normalName();
        if (name.equals("nav")) {
            return true;
        }
        if (!name.equals("li") && !name.equals("p") && !name.equals("div")) {
            return false;
        }
        List<Element> links = element.select("a[href]");
        if (links.isEmpty() || !element.select("table").isEmpty()) {
            return false;
        }
        String text = plain(element.text());
        if (NEIGHBOUR.matcher(text).lookingAt()) {
            return true;
        }
        String linked = plain(String.join("", links.stream().map(Element::text).toList()));
        return name.equals("li") && text.replace(" ", "").equals(linked.replace(" ", ""));
    }

    /**
     * Whether a table only lays out the page: it holds another table, or it holds running text (a cell of more than
     * {@value #LONGEST_CELL} characters) and no row of figures (no row of {@value #DATA_ROW_CELLS} cells or more).
     */
    static boolean isLayout(Element table) {
        if (table.select("table").size() > 1) {
            return true;
        }
        List<Element> rows = table.select("tr");
        boolean figures = rows.stream().anyMatch(tr -> tr.children().stream().filter(HtmlReport::isCell).count()
                >= DATA_ROW_CELLS);
        return !figures && rows.stream().flatMap(tr -> tr.children().stream()).filter(HtmlReport::isCell)
                .anyMatch(cell -> cellText(cell).length() > LONGEST_CELL);
    }

    /**
     * The table's rows on its grid, spans expanded to empty positions, and every row as wide as the table: a row
     * whose last cells are not written (an editor leaving out empty cells) has empty positions there. The table is as
     * wide as its rightmost cell's first column: a span reaching further (colspan=100 in a table of 7 columns) ends
     * there, and a rowspan ends at the table's last row.
     *
     * @throws BudgetExceeded when a cell starts beyond {@link #MOST_COLUMNS} or the grid has more than
     *                        {@link #MOST_POSITIONS} positions
     */
    static List<List<String>> grid(Element table) {
        List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
        List<List<PlacedCell>> placed = new ArrayList<>();
        int[] coveredThrough = new int[MOST_COLUMNS];
        Arrays.fill(coveredThrough, -1);
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            FileBudget.checkpoint();
            List<PlacedCell> row = new ArrayList<>();
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                if (!isCell(cell)) {
                    continue;
                }
                while (c < MOST_COLUMNS && coveredThrough[c] >= r) {
                    c++;
                }
                if (c >= MOST_COLUMNS) {
                    throw BudgetExceeded.tooLarge(new Reason("html.wide-row", Map.of("row", r + 1, "limit",
                            MOST_COLUMNS)));
                }
                int colspan = span(cell.attr("colspan"));
                int lastRow = r + Math.min(span(cell.attr("rowspan")), rows.size() - r) - 1;
                for (int dc = 0; dc < colspan && c + dc < MOST_COLUMNS; dc++) {
                    coveredThrough[c + dc] = Math.max(coveredThrough[c + dc], lastRow);
                }
                row.add(new PlacedCell(c, cellText(cell)));
                width = Math.max(width, c + 1);
                c += colspan;
            }
            placed.add(row);
        }
        if ((long) width * rows.size() > MOST_POSITIONS) {
            throw BudgetExceeded.tooLarge(new Reason("html.positions", Map.of("rows", rows.size(), "columns", width,
                    "limit", MOST_POSITIONS)));
        }
        List<List<String>> grid = new ArrayList<>();
        for (List<PlacedCell> row : placed) {
            List<String> positions = new ArrayList<>(Collections.nCopies(width, ""));
            row.forEach(cell -> positions.set(cell.column(), cell.text()));
            grid.add(positions);
        }
        return grid;
    }

    /** A cell's text at the column where it starts. */
    private record PlacedCell(int column, String text) {
    }

    /**
     * The text of one cell as one line: the pieces of its paragraphs and line breaks joined by a space (so that
     * {@code <p>1</p><p>2</p>} never reads as 12, while {@code <span>1</span><span>2</span>} does), with non-breaking
     * and ideographic spaces as spaces, stripped.
     */
    static String cellText(Element cell) {
        StringBuilder text = new StringBuilder();
        appendText(cell, text);
        return plain(String.join(" ", text.toString().lines().map(HtmlReport::plain)
                .filter(line -> !line.isEmpty()).toList()));
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            text.append(textNode.text());
            return;
        }
        if (!(node instanceof Element element) || HIDDEN.contains(element.normalName())) {
            return;
        }
        boolean block = BLOCKS.contains(element.normalName());
        if (block) {
            text.append('\n');
        }
        element.childNodes().forEach(child -> appendText(child, text));
        if (block) {
            text.append('\n');
        }
    }

    private static boolean isCell(Element element) {
        return element.normalName().equals("td") || element.normalName().equals("th");
    }

    /** A line with non-breaking and ideographic spaces as spaces, runs of spaces as one, stripped. */
    private static String plain(String line) {
        return SPACES.matcher(line.replace('\u00a0', ' ').replace('\u3000', ' ')).replaceAll(" ").strip();
    }

    /** A span from 1 to {@link #LONGEST_SPAN}; anything but a number (most cells have no span at all) is 1. */
    private static int span(String attribute) {
        String digits = attribute.strip();
        if (digits.isEmpty()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(LONGEST_SPAN, Integer.parseInt(digits)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
