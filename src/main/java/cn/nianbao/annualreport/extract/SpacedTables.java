package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text whose tables have their columns aligned with runs of spaces, as {@code pdftotext -layout} writes a PDF
 * or a PDF viewer's copy gives it, made into the lines the grid reader reads.
 *
 * <p>Two spaces or more part two cells. A row line is a line ending in figures standing apart: its label (the text
 * before) and its figures. The row lines between two header lines (lines of several cells without figures) are one
 * block; the block's lines with most figures give its columns, each at the middle of the figures standing there.
 * A line with fewer figures has its blank cells where no figure stands, when each figure stands clearly nearest to
 * one column (closer than a third of the distance between two columns) and no two share one; otherwise its figures
 * are dropped and the grid reader leaves the row blank with a {@code row-in-doubt} finding. A row line without a
 * label takes the label lines just above and below it (a label wrapped around its figures). Figures parted by single
 * spaces (a browser's copy) are figures in order, one per column. Form feeds (page breaks) are dropped.
 *
 * <p>Text without such tables (fewer than {@value #FEWEST_ROWS} lines with two figures standing apart) is left as
 * it is.
 */
final class SpacedTables {

    /** The fewest lines of two figures or more standing apart that make a text one with spaced tables. */
    private static final int FEWEST_ROWS = 3;
    /** A figure stands in a column when closer to it than this share of the distance between two columns. */
    private static final double NEAREST = 1.0 / 3;
    private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");

    private SpacedTables() {
    }

    /** One run of text on a line: where it starts and ends (characters) and whether it is a figure. */
    private record Run(String text, int start, int end, boolean figure) {

        double centre() {
            return (start + end) / 2.0;
        }
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
        List<Line> lines = given.stream().map(l -> split(l.replace('\f', ' '))).toList();
        if (lines.stream().filter(l -> l.figures().size() >= 2).count() < FEWEST_ROWS) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        List<String> places = new ArrayList<>();
        boolean[] taken = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).isRow() && lines.get(k).labels().isEmpty()) {
                wrappedLabel(lines, given, k, taken);
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (line.isRow()) {
                List<String> cells = new ArrayList<>();
                String wrapped = line.labels().isEmpty()
                        ? wrappedLabel(lines, given, k, new boolean[lines.size()]) : "";
                if (!wrapped.isEmpty()) {
                    cells.add(wrapped);
                }
                line.labels().forEach(r -> cells.add(r.text()));
                cells.addAll(placed(line.figures(), columnsAround(lines, k)));
                out.add(String.join("\t", cells));
                places.add(text.place(k));
            } else if (!taken[k] && !given.get(k).isBlank()) {
                out.add(given.get(k).replace('\f', ' ').strip());
                places.add(text.place(k));
            }
        }
        return Optional.of(new ReportText(out, places, true));
    }

    /** The columns of the block of row lines around line {@code k}: between the header lines before and after. */
    private static double[] columnsAround(List<Line> lines, int k) {
        int from = k;
        while (from > 0 && !lines.get(from - 1).isHeader()) {
            from--;
        }
        int to = k;
        while (to < lines.size() && !lines.get(to).isHeader()) {
            to++;
        }
        return columns(lines.subList(from, to));
    }

    /**
     * The label of a row line without one: the label line just above and the one just below (a label wrapped around
     * its figures), each taken when it is a line of one run without figures; marks them taken.
     */
    private static String wrappedLabel(List<Line> lines, List<String> given, int k, boolean[] taken) {
        StringBuilder label = new StringBuilder();
        if (k > 0 && isLabelOnly(lines.get(k - 1))) {
            label.append(lines.get(k - 1).labels().get(0).text());
            mark(taken, k - 1);
        }
        if (k + 1 < lines.size() && isLabelOnly(lines.get(k + 1))
                && (k + 2 >= lines.size() || !lines.get(k + 2).isRow() || !lines.get(k + 2).labels().isEmpty())) {
            label.append(lines.get(k + 1).labels().get(0).text());
            mark(taken, k + 1);
        }
        return label.toString();
    }

    private static void mark(boolean[] taken, int k) {
        taken[k] = true;
    }

    private static boolean isLabelOnly(Line line) {
        return line.figures().isEmpty() && line.labels().size() == 1;
    }

    /** The middle of each column: of the i-th figure of the lines with most figures. */
    private static double[] columns(List<Line> block) {
        int most = block.stream().mapToInt(l -> l.isRow() ? l.figures().size() : 0).max().orElse(0);
        double[] columns = new double[most];
        for (int c = 0; c < most; c++) {
            int column = c;
            double[] centres = block.stream().filter(l -> l.isRow() && l.figures().size() == most)
                    .mapToDouble(l -> l.figures().get(column).centre()).sorted().toArray();
            columns[c] = centres[centres.length / 2];
        }
        return columns;
    }

    /** The figures in their columns, blank where none stands; the figures alone when they cannot be placed. */
    private static List<String> placed(List<Run> figures, double[] columns) {
        if (figures.size() == columns.length || figures.stream().anyMatch(f -> f.start() < 0)) {
            return figures.stream().map(Run::text).toList();
        }
        String[] cells = new String[columns.length];
        Arrays.fill(cells, "");
        int last = -1;
        for (Run figure : figures) {
            int nearest = -1;
            for (int c = 0; c < columns.length; c++) {
                double spacing = spacing(columns, c);
                if (Math.abs(figure.centre() - columns[c]) < NEAREST * spacing) {
                    nearest = c;
                }
            }
            if (nearest <= last) {
                return List.of();
            }
            cells[nearest] = figure.text();
            last = nearest;
        }
        return List.of(cells);
    }

    /** The distance from column {@code c} to its nearest neighbour. */
    private static double spacing(double[] columns, int c) {
        double spacing = Double.MAX_VALUE;
        if (c > 0) {
            spacing = columns[c] - columns[c - 1];
        }
        if (c + 1 < columns.length) {
            spacing = Math.min(spacing, columns[c + 1] - columns[c]);
        }
        return spacing;
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
            if (words.length - figures >= 2 && !PdfChunk.isFigure(run.replace(" ", ""))) {
                if (figures > 0) {
                    String label = String.join(" ", Arrays.copyOfRange(words, 0, figures));
                    runs.add(new Run(label, m.start(), m.start() + label.length(), false));
                }
                for (int w = figures; w < words.length; w++) {
                    runs.add(new Run(words[w], -1, -1, true));
                }
            } else {
                runs.add(new Run(run, m.start(), m.end(), PdfChunk.isFigure(run)));
            }
        }
        int first = runs.size();
        while (first > 0 && runs.get(first - 1).figure()) {
            first--;
        }
        return new Line(runs.subList(0, first), runs.subList(first, runs.size()));
    }
}
