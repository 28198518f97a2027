package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.limits.FileBudget;

/**
 * Plain text whose tables have their columns aligned with runs of spaces, as {@code pdftotext -layout} writes a PDF
 * or a PDF viewer's copy gives it, made into the lines the grid reader reads.
 *
 * <p>Two spaces or more part two cells. A row line is a line ending in figures standing apart: its label (the text
 * before) and its figures. The row lines between two header lines (lines of several cells without figures) are one
 * block; the block's lines with most figures give its columns, each from where its figures start to where they end.
 * A line with fewer figures has its blank cells where no figure stands, when each figure overlaps one column only
 * (from where the column's figures start to where they end) and no two share one; otherwise its figures are dropped
 * and the grid reader leaves the row blank with a {@code row-in-doubt} finding. A row line without a
 * label takes the label lines just above and below it (a label wrapped around its figures). Figures parted by single
 * spaces (a browser's copy) are figures in order, one per column. A form feed (a page break, written by
 * {@code pdftotext} before the first character of a page) takes no column.
 *
 * <p>Text without such tables (fewer than {@value #FEWEST_ROWS} lines with two figures standing apart) is left as
 * it is.
 */
final class SpacedTables {

    /** The fewest lines of two figures or more standing apart that make a text one with spaced tables. */
    private static final int FEWEST_ROWS = 3;
    /** A page number printed in a footer: {@code -3-}, {@code — 3 —}, {@code 第3页}, {@code 第 3 页 共 9 页}, {@code 3/9}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–]?\\s*\\d+\\s*[-—–]?|第\\s*\\d+\\s*页(\\s*[，,]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+");
    /** The sign printed before a change, one space before its figure ({@code 增 33}): part of the figure. */
    private static final Pattern SIGN = Pattern.compile("[增减減]");
    /** The most lines a label wraps onto above its figures. */
    private static final int MOST_PIECES = 3;
    /** A caption over a block of rows. */
    private static final Pattern CAPTION = Pattern.compile("^第[一二三四五六七八九十百]{1,4}条");
    /** The mark ending columns given by header words: each figure takes the nearest word, not one it overlaps. */
    private static final int[] NEAREST = {-2, -2};
    private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");
    /**
     * A numbering that starts a row's label or a caption: {@code （二）}, {@code 三、}, {@code 1.}, {@code 2、},
     * {@code 第二十条}.
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "^([（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.．、]"
                    + "|第[一二三四五六七八九十百]{1,4}条)");

    private SpacedTables() {
    }

    /** One run of text on a line: where it starts and ends (characters) and whether it is a figure. */
    private record Run(String text, int start, int end, boolean figure) {

    }

    /** A line split into its label runs and the figures ending it. */
    private record Line(List<Run> labels, List<Run> figures) {

        boolean isRow() {
            return !figures.isEmpty() && (figures.size() >= 2 || !labels.isEmpty());
        }

        boolean isHeader() {
            return figures.isEmpty() && labels.size() >= 2;
        }
    }

    /** The text with its space-aligned tables as tab-separated rows; empty when the text has none (or has tabs). */
    static Optional<ReportText> grid(ReportText text) {
        List<String> given = text.lines();
        if (given.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
            return Optional.empty();
        }
        List<Line> lines = given.stream().map(l -> split(l.replace("\f", ""))).toList();
        if (lines.stream().filter(l -> l.figures().size() >= 2).count() < FEWEST_ROWS) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        List<Location> places = new ArrayList<>();
        boolean[] taken = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).isRow()) {
                wrappedLabel(lines, k, taken);
            }
        }
        String[] labels = new String[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            FileBudget.checkpoint();
            labels[k] = lines.get(k).isRow() ? wrappedLabel(lines, k, new boolean[lines.size()]) : null;
        }
        for (int k = 0; k < lines.size(); k++) {
            FileBudget.checkpoint();
            Line line = lines.get(k);
            if (line.isRow()) {
                String label = labels[k];
                boolean bare = label.isEmpty() && line.labels().isEmpty();
                boolean stacked = besideBareFigures(lines, labels, k);
                if (bare && stacked) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                if (!needsLabel(lines, k)) {
                    line.labels().subList(0, line.labels().size() - 1).forEach(r -> cells.add(r.text()));
                }
                if (!label.isEmpty()) {
                    cells.add(label);
                }
                if (!stacked) {
                    cells.addAll(placed(line.figures(), columnsAround(lines, given, k)));
                }
                out.add(String.join("\t", cells));
                places.add(text.place(k));
            } else if (!taken[k] && !given.get(k).isBlank()) {
                out.add(given.get(k).replace("\f", "").strip());
                places.add(text.place(k));
            }
        }
        return Optional.of(new ReportText(out, places, true));
    }

    /**
     * Whether row line {@code k} stands next to a row line of another kind, one with a label and one of figures
     * alone (over one blank line): figures printed over several lines in narrow columns ({@code 29} over
     * {@code 2}), whose pieces cannot be told from the row's own figures. Such a row keeps its label without
     * figures (the grid reader leaves it blank with a {@code row-in-doubt} finding) and the line of figures alone is
     * dropped. Only for figures standing apart, with their positions.
     */
    private static boolean besideBareFigures(List<Line> lines, String[] labels, int k) {
        boolean bare = labels[k].isEmpty() && lines.get(k).labels().isEmpty();
        for (int j : new int[] {previous(lines, k), next(lines, k)}) {
            if (j >= 0 && j < lines.size() && labels[j] != null && placedApart(lines.get(k))
                    && placedApart(lines.get(j)) && bare != (labels[j].isEmpty() && lines.get(j).labels().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line's figures stand apart, each with its position (not parted by single spaces, as a browser copy
     * gives them: there a line of figures alone is the rest of the row above).
     */
    private static boolean placedApart(Line line) {
        return line.figures().stream().allMatch(f -> f.start() >= 0);
    }

    /**
     * Whether line {@code k} is a header line parting two blocks of rows: several runs without figures, reaching over
     * the figures of the next row line (a line of label pieces, as {@code 理    4.无正当理由}, ends left of them).
     */
    private static boolean isHeader(List<Line> lines, int k) {
        if (!lines.get(k).isHeader()) {
            return false;
        }
        for (int j = k + 1; j < lines.size(); j++) {
            if (lines.get(j).isRow()) {
                int figures = lines.get(j).figures().get(0).start();
                return figures < 0 || last(lines.get(k).labels()).end() > figures;
            }
        }
        return true;
    }

    /**
     * The columns of the block of row lines around line {@code k}: between the header lines before and after, on
     * one page (a form feed starts the next).
     */
    private static int[][] columnsAround(List<Line> lines, List<String> given, int k) {
        int from = k;
        while (from > 0 && !isHeader(lines, from - 1) && given.get(from).indexOf('\f') < 0) {
            from--;
        }
        int to = k + 1;
        while (to < lines.size() && !isHeader(lines, to) && given.get(to).indexOf('\f') < 0) {
            to++;
        }
        List<Line> block = lines.subList(from, to);
        int[][] columns = columns(block);
        return from > 0 && isHeader(lines, from - 1) ? headerColumns(lines.get(from - 1), block, columns) : columns;
    }

    /**
     * The columns a header line gives a block of rows without labels (table 四's one row) whose rows all have blank
     * cells: when the header line just above the block has more words standing apart (two spaces or more) than the
     * block's fullest row has figures, each word is a column ({@code 维持    纠正    结果
     * 审结   总计} over {@code 2    0     2      2      6}), followed by {@link #NEAREST}: a figure goes to the word
     * nearest to it, only when no other word is as near. Otherwise the columns of the figures.
     */
    private static int[][] headerColumns(Line header, List<Line> block, int[][] columns) {
        if (columns.length == 0 || Arrays.stream(columns).anyMatch(c -> c[0] < 0)
                || block.stream().anyMatch(l -> l.isRow() && !l.labels().isEmpty())) {
            return columns;
        }
        List<Run> words = header.labels();
        if (words.size() <= columns.length) {
            return columns;
        }
        int[][] spans = new int[words.size() + 1][];
        for (int c = 0; c < words.size(); c++) {
            spans[c] = new int[] {words.get(c).start(), words.get(c).end()};
        }
        spans[words.size()] = NEAREST;
        return spans;
    }

    /**
     * Whether row line {@code k} takes its label from the lines around it: it has none, or only text ending left
     * of where the label on the line just above or below starts (pieces of a group label printed down the left
     * column, as {@code 度办} of {@code 三、本年度办理结果}); text with a numbering ({@code （三）不}) only when that
     * label starts with one too.
     */
    private static boolean needsLabel(List<Line> lines, int k) {
        Line row = lines.get(k);
        if (!row.isRow()) {
            return false;
        }
        if (row.labels().isEmpty()) {
            return true;
        }
        boolean numbered = NUMBERED.matcher(last(row.labels()).text()).find();
        int end = last(row.labels()).end();
        for (int j : new int[] {k - 1, k + 1}) {
            if (j >= 0 && j < lines.size() && isLabelLine(lines.get(j), row)
                    && last(lines.get(j).labels()).start() >= end
                    && (!numbered || NUMBERED.matcher(last(lines.get(j).labels()).text()).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label of row line {@code k} with the pieces of it wrapped onto the lines around, each the last run of a
     * line without figures ending left of the row's figures, in the label's column (one blank line, or a line of
     * a group label standing left of the column, may stand between two pieces); marks them taken. Above the row,
     * pieces are taken up to the one that starts a label (a numbering such as {@code （二）} or {@code 1.}), unless
     * the row's own label starts so, and only when they reach such a start within {@value #MOST_PIECES} lines (a
     * header line above a row is no part of its label); a piece without numbering
     * just below another row is that row's. Below the row, pieces are taken up to one that starts a label or one
     * just above a row without a label of its own (which may be that row's). Empty when there is no label at all.
     */
    private static String wrappedLabel(List<Line> lines, int k, boolean[] taken) {
        Line row = lines.get(k);
        Run own = needsLabel(lines, k) ? null : last(row.labels());
        Run column = own;
        List<String> label = new ArrayList<>();
        List<Integer> above = new ArrayList<>();
        boolean started = own != null && NUMBERED.matcher(own.text()).find();
        int j = previous(lines, k);
        while (!started && j >= 0 && isLabelLine(lines.get(j), row)) {
            Run piece = last(lines.get(j).labels());
            int before = previous(lines, j);
            if (column != null && piece.end() <= column.start()) {
                j = before;
                continue;
            }
            started = NUMBERED.matcher(piece.text()).find();
            if (column != null && !overlaps(piece, column) || !started && before >= 0 && lines.get(before).isRow()) {
                break;
            }
            label.add(0, piece.text());
            above.add(j);
            column = column == null ? piece : column;
            j = before;
        }
        if (!started || above.size() > MOST_PIECES) {
            label.clear();
            above.clear();
            column = own;
        }
        above.forEach(a -> taken[a] = true);
        if (own != null) {
            label.add(own.text());
        }
        j = next(lines, k);
        while (j < lines.size() && isLabelLine(lines.get(j), row)) {
            Run piece = last(lines.get(j).labels());
            int after = next(lines, j);
            if (column != null && piece.end() <= column.start()) {
                j = after;
                continue;
            }
            if (column != null && !overlaps(piece, column) || NUMBERED.matcher(piece.text()).find()
                    || after < lines.size() && needsLabel(lines, after)) {
                break;
            }
            label.add(piece.text());
            taken[j] = true;
            column = column == null ? piece : column;
            j = after;
        }
        return String.join("", label);
    }

    /** The line before line {@code k}, over one blank line; -1 at the start. */
    private static int previous(List<Line> lines, int k) {
        int j = k - 1;
        return j >= 1 && isBlank(lines.get(j)) ? j - 1 : j;
    }

    /** The line after line {@code k}, over one blank line; the line count at the end. */
    private static int next(List<Line> lines, int k) {
        int j = k + 1;
        return j + 1 < lines.size() && isBlank(lines.get(j)) ? j + 1 : j;
    }

    private static boolean isBlank(Line line) {
        return line.labels().isEmpty() && line.figures().isEmpty();
    }

    private static Run last(List<Run> runs) {
        return runs.get(runs.size() - 1);
    }

    private static boolean overlaps(Run a, Run b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * Whether a line can hold part of a row's label: text without figures, ending left of the row's figures; no page
     * number, no caption ({@code 第二十条第（一）项}) and no header of three words or more parted by spaces.
     */
    private static boolean isLabelLine(Line line, Line row) {
        if (!line.figures().isEmpty() || line.labels().isEmpty()) {
            return false;
        }
        String text = last(line.labels()).text();
        if (line.labels().size() == 1 && PAGE_NUMBER.matcher(text).matches() || CAPTION.matcher(text).find()
                || text.split(" ").length >= 3) {
            return false;
        }
        int figures = row.figures().get(0).start();
        return figures < 0 || last(line.labels()).end() <= figures;
    }

    /**
     * The extent of each column, from where its figure starts to where it ends on the lines with most figures (the
     * i-th figure of each); none when a figure of those lines has no position (figures parted by single spaces).
     */
    private static int[][] columns(List<Line> block) {
        int most = block.stream().mapToInt(l -> l.isRow() ? l.figures().size() : 0).max().orElse(0);
        List<Line> full = block.stream().filter(l -> l.isRow() && l.figures().size() == most).toList();
        int[][] columns = new int[most][];
        for (int c = 0; c < most; c++) {
            int column = c;
            columns[c] = new int[] {full.stream().mapToInt(l -> l.figures().get(column).start()).min().orElse(-1),
                full.stream().mapToInt(l -> l.figures().get(column).end()).max().orElse(-1)};
        }
        return columns;
    }

    /**
     * The figures in their columns, blank where none stands, when each figure overlaps one column only and no two
     * share one; the figures alone, in order, when there are as many as columns or their or the columns' positions
     * are unknown (parted by single spaces: the grid reader takes them only when there is one per column); none
     * when they cannot be placed.
     */
    private static List<String> placed(List<Run> figures, int[][] columns) {
        if (figures.size() == columns.length || figures.stream().anyMatch(f -> f.start() < 0)
                || Arrays.stream(columns).anyMatch(c -> c[0] < 0 && c != NEAREST)) {
            return figures.stream().map(Run::text).toList();
        }
        boolean nearest = columns[columns.length - 1] == NEAREST;
        int count = nearest ? columns.length - 1 : columns.length;
        String[] cells = new String[count];
        Arrays.fill(cells, "");
        int last = -1;
        for (Run figure : figures) {
            List<Integer> holding = nearest ? nearestColumns(figure, columns, count) : new ArrayList<>();
            for (int c = 0; c < count && !nearest; c++) {
                if (figure.start() < columns[c][1] && columns[c][0] < figure.end()) {
                    holding.add(c);
                }
            }
            if (holding.size() != 1 || holding.get(0) <= last) {
                return List.of();
            }
            last = holding.get(0);
            cells[last] = figure.text();
        }
        return List.of(cells);
    }

    /** The columns (of the first {@code count}) nearest to a figure: one, or several as near. */
    private static List<Integer> nearestColumns(Run figure, int[][] columns, int count) {
        List<Integer> nearest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (int c = 0; c < count; c++) {
            int distance = Math.max(0, Math.max(columns[c][0] - figure.end(), figure.start() - columns[c][1]));
            if (distance < best) {
                nearest.clear();
                best = distance;
            }
            if (distance == best) {
                nearest.add(c);
            }
        }
        return nearest;
    }

    /**
     * A label run starting at {@code start}, as one run or two: a piece of a group label one space before a row's
     * label is a run of its own, when the row's label starts with a numbering ({@code 三、 （一）予以公开}) or the
     * piece is one or two characters before four or more ({@code 度办 一情形，不计其他情形}).
     */
    private static List<Run> labelRuns(String text, int start) {
        int space = text.indexOf(' ');
        if (space > 0) {
            String piece = text.substring(0, space);
            String rest = text.substring(space + 1).strip();
            if (!PdfChunk.isFigure(piece) && (NUMBERED.matcher(rest).find()
                    || piece.length() <= 2 && !NUMBERED.matcher(piece).find() && rest.length() >= 4)) {
                int restStart = start + text.indexOf(rest, space);
                return List.of(new Run(piece, start, start + space, false),
                        new Run(rest, restStart, restStart + rest.length(), false));
            }
        }
        return List.of(new Run(text, start, start + text.length(), false));
    }

    /**
     * A line as runs parted by two spaces or more, the figures ending it apart from the label before them. A run of
     * figures parted by single spaces ({@code 5 0 0 5}) is that many figures, in order, their positions unknown.
     */
    private static Line split(String line) {
        List<Run> runs = new ArrayList<>();
        Matcher m = CELL.matcher(line);
        while (m.find()) {
            String run = m.group();
            String[] words = run.split(" ");
            int figures = words.length;
            while (figures > 0 && PdfChunk.isFigure(words[figures - 1])) {
                figures--;
            }
            if (words.length - figures >= 2
                    || figures > 0 && figures < words.length && !SIGN.matcher(words[figures - 1]).matches()) {
                if (figures > 0) {
                    String label = String.join(" ", Arrays.copyOfRange(words, 0, figures));
                    runs.addAll(labelRuns(label, m.start()));
                }
                for (int w = figures; w < words.length; w++) {
                    runs.add(new Run(words[w], -1, -1, true));
                }
            } else if (PdfChunk.isFigure(run)) {
                runs.add(new Run(run, m.start(), m.end(), true));
            } else {
                runs.addAll(labelRuns(run, m.start()));
            }
        }
        int first = runs.size();
        while (first > 0 && runs.get(first - 1).figure()) {
            first--;
        }
        return new Line(runs.subList(0, first), runs.subList(first, runs.size()));
    }
}
