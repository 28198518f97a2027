package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.limits.FileBudget;

/**
 * Markdown as PDF-to-text and OCR tools write it, made into the lines the grid reader reads. Each row of a pipe table
 * (rows {@code | a | b |} with a separator line {@code |---|---|}) becomes one line of tab-separated cells. Separator
 * lines and stub rows holding only {@code -} or empty cells are dropped; a {@code -} among other cells stays the
 * not-applicable marker it is. Empty cells keep their positions, except in the columns a table uses for labels only
 * (a label spanning several columns leaves empty cells there, or repeats itself): those are dropped, so that figures
 * follow their label.
 * Lines outside tables lose their Markdown marks ({@code #} headings, {@code **} emphasis), so that a title reads as
 * printed.
 *
 * <p>A table broken into many small pipe tables stays so: each is converted on its own, and the lines between them
 * are kept as text.
 */
final class MarkdownTables {

    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");
    private static final Pattern STUB_CELL = Pattern.compile("-*");
    private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE_ENTITY = Pattern.compile("&nbsp;|&#160;");

    private MarkdownTables() {
    }

    /** The text with its pipe tables as tab-separated rows; empty when the text holds no pipe table. */
    static Optional<ReportText> grid(ReportText text) {
        List<String> lines = text.lines();
        List<String> out = new ArrayList<>();
        List<Location> places = new ArrayList<>();
        boolean tables = false;
        int i = 0;
        while (i < lines.size()) {
            FileBudget.checkpoint();
            int end = i;
            while (end < lines.size() && isPipeRow(lines.get(end))) {
                end++;
            }
            if (end == i) {
                out.add(plain(lines.get(i)));
                places.add(text.place(i));
                i++;
                continue;
            }
            List<Integer> separators = separators(lines, i, end);
            if (separators.isEmpty()) {
                for (int k = i; k < end; k++) {
                    out.add(plain(lines.get(k)));
                    places.add(text.place(k));
                }
            } else {
                tables = true;
                for (int[] table : tables(i, end, separators)) {
                    convert(text, table[0], table[1], out, places);
                }
            }
            i = end;
        }
        return tables ? Optional.of(new ReportText(out, places, true)) : Optional.empty();
    }

    /** The cells of a pipe-table row as printed, without Markdown marks; {@code \|} is a printed bar. */
    static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_BORDER.split(inner, -1)) {
            cells.add(plain(cell.replace("\\|", "|")).strip());
        }
        return cells;
    }

    /** The line without Markdown marks: heading marks, block-quote marks, emphasis, line breaks, spaces as entities. */
    static String plain(String line) {
        String text = HEADING.matcher(line).replaceFirst("$1");
        text = QUOTE.matcher(text).replaceFirst("");
        text = BREAK.matcher(text).replaceAll(" ");
        text = SPACE_ENTITY.matcher(text).replaceAll(" ");
        return EMPHASIS.matcher(text).replaceAll("");
    }

    private static boolean isPipeRow(String line) {
        return line.strip().startsWith("|");
    }

    /** Whether every cell of the row is empty or a run of {@code -}: a separator line or a stub row. */
    private static boolean isStub(List<String> cells) {
        return cells.stream().allMatch(c -> STUB_CELL.matcher(c).matches());
    }

    /** Whether the row is a separator line: {@code |---|:--:|}, empty cells allowed. */
    private static boolean isSeparator(List<String> cells) {
        return cells.stream().anyMatch(c -> !c.isEmpty())
                && cells.stream().allMatch(c -> c.isEmpty() || SEPARATOR_CELL.matcher(c).matches());
    }

    /** The separator lines among {@code lines[from, to)}. */
    private static List<Integer> separators(List<String> lines, int from, int to) {
        List<Integer> found = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (isSeparator(cells(lines.get(k)))) {
                found.add(k);
            }
        }
        return found;
    }

    /**
     * The tables of a run of pipe rows as {@code [from, to)} line ranges: a separator line starts a new table at the
     * header row just above it.
     */
    private static List<int[]> tables(int from, int to, List<Integer> separators) {
        List<int[]> tables = new ArrayList<>();
        int start = from;
        for (int separator : separators.subList(1, separators.size())) {
            int header = Math.max(separator - 1, start + 1);
            tables.add(new int[] {start, header});
            start = header;
        }
        tables.add(new int[] {start, to});
        return tables;
    }

    /** Converts the table on lines {@code [from, to)}, adding its rows as lines with their places. */
    private static void convert(ReportText text, int from, int to, List<String> out, List<Location> places) {
        List<List<String>> rows = new ArrayList<>();
        List<Location> rowPlaces = new ArrayList<>();
        for (int k = from; k < to; k++) {
            List<String> cells = cells(text.lines().get(k));
            if (!isStub(cells) && !isSeparator(cells)) {
                rows.add(cells);
                rowPlaces.add(text.place(k));
            }
        }
        rows = withoutRepeatedLabels(rows);
        boolean[] labelOnly = labelColumns(rows);
        for (int r = 0; r < rows.size(); r++) {
            List<String> kept = new ArrayList<>();
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (!(c < labelOnly.length && labelOnly[c] && cells.get(c).isBlank())) {
                    kept.add(cells.get(c));
                }
            }
            out.add(String.join("\t", kept));
            places.add(rowPlaces.get(r));
        }
    }

    /**
     * The rows with each label that tools repeat in every cell it spans, across ({@code | 一、本年新收… | 一、本年新收… |
     * 5 |}) or down (三、本年度办理结果 in every result row), written once and the repeats left empty. Figures are never
     * touched: equal neighbouring figures are two figures.
     */
    private static List<List<String>> withoutRepeatedLabels(List<List<String>> rows) {
        List<List<String>> cleaned = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            List<String> row = new ArrayList<>(cells);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                boolean left = c > 0 && cell.equals(cells.get(c - 1));
                boolean above = r > 0 && c < rows.get(r - 1).size() && cell.equals(rows.get(r - 1).get(c));
                if (!cell.isBlank() && (left || above) && !TextCell.unplaced(cell).isValue()) {
                    row.set(c, "");
                }
            }
            cleaned.add(row);
        }
        return cleaned;
    }

    /**
     * The columns that hold labels only: in the rows holding figures, some cell of the column has text that is not a
     * figure and none has a figure. An empty column left of such a column is one too (labels come before figures).
     * A column empty in every row holding figures, right of the labels, may be a column of blank figures and is kept.
     */
    private static boolean[] labelColumns(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        boolean[] figures = new boolean[width];
        boolean[] text = new boolean[width];
        for (List<String> row : rows) {
            List<TextCell> cells = row.stream().map(TextCell::unplaced).toList();
            if (cells.stream().noneMatch(TextCell::isValue)) {
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                figures[c] |= cells.get(c).isValue();
                text[c] |= !cells.get(c).isValue() && !cells.get(c).text().isBlank();
            }
        }
        boolean[] labels = new boolean[width];
        boolean labelToTheRight = false;
        for (int c = width - 1; c >= 0; c--) {
            labels[c] = text[c] && !figures[c] || !text[c] && !figures[c] && labelToTheRight;
            labelToTheRight |= text[c] && !figures[c];
        }
        return labels;
    }
}
