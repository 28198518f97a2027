package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One block of a table printed without vertical rules, read from where its characters stand: header lines, then
 * rows. A row is a figure line (a line with figures in the figure columns); the row labels beside the figures may
 * wrap over several lines above, on and below the figure line.
 *
 * <p>Label text is gathered into label cells: pieces of text in one column on successive lines one line pitch apart
 * are one cell, unless a horizontal rule stands between them, the lower piece starts a new numbered label
 * ({@code （二）}, {@code 3.}, {@code 四、}) or cites an article (第二十条第（八）项, a caption), or both stand on
 * figure lines. A label cell belongs to the first figure
 * line within its height (a cell spanning several rows, like 三、本年度办理结果, stands in its first, as in a ruled
 * table); a label cell beside no figure line is a line of its own. Each row becomes one line: its label cells, then
 * one position per figure column, blank where the row prints nothing; a row whose figures cannot be placed with
 * certainty keeps its labels only.
 */
final class PdfBlock {

    private static final Pattern NUMBERED = Pattern.compile(
            "^([（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}[.．、]"
                    + "|第[一二三四五六七八九十百]{1,4}条)");
    /** Pieces of one cell stand at most this many line pitches apart. */
    private static final float JOIN = 1.12f;
    /** A label cell reaches this many line pitches above and below its first and last piece for its figures. */
    private static final float REACH = 0.6f;
    /** A line pitch is at most this many ems. */
    private static final float LONGEST_PITCH = 1.5f;
    /** A line of a cell stands at least this many ems below the one before. */
    private static final float SHORTEST_PITCH = 0.8f;

    private final List<PdfRules.Segment> rules;
    private final List<PdfLine> header = new ArrayList<>();
    private final List<PdfLine> data = new ArrayList<>();
    private float figureLeft = Float.MAX_VALUE;
    /** The columns, the line pitch and the rows' horizontal extent, known once the block is complete. */
    private PdfColumns columns;
    private float pitch;
    private float left;
    private float right;

    PdfBlock(List<PdfRules.Segment> rules) {
        this.rules = rules;
    }

    /** A piece of label text on line {@code line} of the rows. */
    private record Piece(PdfChunk chunk, int line) {
    }

    /** A label cell: pieces of text one below the other. */
    private static final class LabelCell {

        private final List<Piece> pieces = new ArrayList<>();

        Piece last() {
            return pieces.get(pieces.size() - 1);
        }

        float top() {
            return pieces.get(0).chunk().baseline();
        }

        float bottom() {
            return last().chunk().baseline();
        }

        float left() {
            return (float) pieces.stream().mapToDouble(p -> p.chunk().left()).min().orElse(0);
        }

        /** The pieces joined; figures on successive lines stay apart ("12" over "13" is not 1213). */
        String text() {
            StringBuilder text = new StringBuilder();
            for (Piece piece : pieces) {
                String part = piece.chunk().text();
                if (!text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1))
                        && Character.isDigit(part.charAt(0))) {
                    text.append(' ');
                }
                text.append(part);
            }
            return text.toString();
        }
    }

    /** Whether the line continues the block: any line before the rows start, then figure lines and label lines. */
    boolean takes(PdfLine line) {
        return data.isEmpty() || !figures(line).isEmpty() || line.right() < figureLeft;
    }

    /** Adds a line the block takes. */
    void add(PdfLine line) {
        List<PdfChunk> figures = figures(line);
        if (!figures.isEmpty() && data.isEmpty()) {
            // Label lines after the last header line reaching into the figure columns are the first row's label.
            float left = figures.get(0).left();
            int end = header.size();
            while (end > 0 && header.get(end - 1).right() < left) {
                end--;
            }
            data.addAll(header.subList(end, header.size()));
            header.subList(end, header.size()).clear();
        }
        if (!figures.isEmpty()) {
            figureLeft = Math.min(figureLeft, figures.get(0).left());
        }
        (data.isEmpty() && figures.isEmpty() ? header : data).add(line);
    }

    /**
     * Gives up the last line of the rows when it is a line of label text after the last figure line: the caption of
     * the block that starts with the next line (第二十条第（五）项 above the next 信息内容 header), not a label.
     */
    Optional<PdfLine> releaseCaption() {
        PdfLine last = data.isEmpty() ? null : data.get(data.size() - 1);
        if (last == null || !figures(last).isEmpty() || last.chunks().size() != 1) {
            return Optional.empty();
        }
        data.remove(data.size() - 1);
        return Optional.of(last);
    }

    /**
     * The figures of a line: the chunks from the first figure standing apart from the text before it on; in the
     * rows also from the first figure in the figure columns found so far (a row may start with figures).
     */
    private List<PdfChunk> figures(PdfLine line) {
        List<PdfChunk> chunks = line.chunks();
        for (int i = 0; i < chunks.size(); i++) {
            PdfChunk chunk = chunks.get(i);
            boolean apart = i == 0 || chunk.left() - chunks.get(i - 1).right() >= PdfLine.WIDE_GAP * line.em();
            boolean inColumns = data.isEmpty() ? apart && line.hasFigureApart()
                    : chunk.left() >= figureLeft - line.em() || i > 0 && apart;
            if (chunk.figure() && inColumns) {
                return chunks.subList(i, chunks.size());
            }
        }
        return List.of();
    }

    /** The font size of the rows. */
    float em() {
        List<PdfLine> lines = data.isEmpty() ? header : data;
        return (float) lines.stream().filter(PdfLine::isChinese).mapToDouble(PdfLine::em).max()
                .orElse(lines.stream().mapToDouble(PdfLine::em).max().orElse(1));
    }

    /**
     * The block as placed lines: header lines with their chunks as cells, then the rows. Rows without a header of
     * their own (a table continued from the page before) take {@code carried} columns when their figures fit them.
     */
    List<PdfPlacedLine> lines(Optional<PdfColumns> carried) {
        List<PdfPlacedLine> out = new ArrayList<>();
        if (data.isEmpty()) {
            header.forEach(line -> out.add(new PdfPlacedLine(top(line), line.text())));
            return out;
        }
        for (PdfLine line : header) {
            out.add(new PdfPlacedLine(top(line), String.join("\t",
                    line.chunks().stream().map(PdfChunk::text).toList())));
        }
        columns = columns(carried);
        left = (float) data.stream().mapToDouble(PdfLine::left).min().orElse(0);
        right = (float) data.stream().mapToDouble(PdfLine::right).max().orElse(0);
        pitch = pitch();
        Map<Integer, List<LabelCell>> labels = new HashMap<>();
        for (LabelCell cell : labelCells()) {
            Optional<Integer> row = rowOf(cell);
            if (row.isPresent()) {
                labels.computeIfAbsent(row.get(), r -> new ArrayList<>()).add(cell);
            } else {
                out.add(new PdfPlacedLine(top(data.get(cell.pieces.get(0).line())), cell.text()));
            }
        }
        out.addAll(rows(labels));
        return out;
    }

    /**
     * Each figure line as a row: its label cells left to right, then its figures in column order if placed. Where the
     * rows have labels, a figure line with none holds the first or last part of figures wrapped in narrow cells
     * (138 printed 13 over 8): it is no row, and the rows it touches keep their labels only.
     */
    private List<PdfPlacedLine> rows(Map<Integer, List<LabelCell>> labels) {
        Set<Integer> doubtful = new HashSet<>();
        boolean labelled = !labels.isEmpty();
        for (int i = 0; i < data.size(); i++) {
            if (labelled && !labels.containsKey(i) && !figures(data.get(i)).isEmpty()) {
                doubtful.add(i);
                doubtful.addAll(touching(i));
            }
        }
        List<PdfPlacedLine> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            List<PdfChunk> figures = figures(data.get(i));
            if (!figures.isEmpty() && labels.containsKey(i)) {
                List<String> row = new ArrayList<>(labels.get(i).stream()
                        .sorted(Comparator.comparingDouble(LabelCell::left)).map(LabelCell::text).toList());
                if (!doubtful.contains(i)) {
                    columns.place(figures).ifPresent(row::addAll);
                }
                rows.add(new PdfPlacedLine(top(data.get(i)), String.join("\t", row)));
            } else if (!figures.isEmpty() && !labelled) {
                float top = top(data.get(i));
                columns.place(figures).ifPresent(row -> rows.add(new PdfPlacedLine(top, String.join("\t", row))));
            }
        }
        return rows;
    }

    /** The figure lines within a line pitch of figure line {@code row} with a figure over or under one of its own. */
    private List<Integer> touching(int row) {
        List<Integer> touching = new ArrayList<>();
        float reach = JOIN * pitch;
        for (int j = 0; j < data.size(); j++) {
            if (j != row && Math.abs(data.get(j).baseline() - data.get(row).baseline()) <= reach
                    && figures(data.get(j)).stream().anyMatch(a -> figures(data.get(row)).stream()
                            .anyMatch(b -> a.overlaps(b.left(), b.right())))) {
                touching.add(j);
            }
        }
        return touching;
    }

    /** The figure columns the rows were placed in, once {@link #lines} has placed them. */
    Optional<PdfColumns> columns() {
        return Optional.ofNullable(columns);
    }

    /** The figure columns, found again unless the block continues a table whose columns its figures fit. */
    private PdfColumns columns(Optional<PdfColumns> carried) {
        List<PdfChunk> all = data.stream().flatMap(l -> figures(l).stream()).filter(PdfChunk::figure).toList();
        if (header.isEmpty() && carried.isPresent() && carried.get().fits(all)) {
            return carried.get();
        }
        float labelRight = (float) labelPieces().stream().mapToDouble(p -> p.chunk().right()).max().orElse(0);
        return PdfColumns.of(header, all, labelRight);
    }

    /** Where a placed line stands: the middle of its first character, as plain lines have always been placed. */
    private static float top(PdfLine line) {
        return line.glyphs().get(0).centreY();
    }

    /** The label text of the rows, line by line, left to right: what stands left of a line's figures. */
    private List<Piece> labelPieces() {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            List<PdfChunk> chunks = data.get(i).chunks();
            int end = chunks.size() - figures(data.get(i)).size();
            for (PdfChunk chunk : chunks.subList(0, end)) {
                pieces.add(new Piece(chunk, i));
            }
        }
        return pieces;
    }

    /** The label pieces gathered into cells, top to bottom. */
    private List<LabelCell> labelCells() {
        List<LabelCell> cells = new ArrayList<>();
        for (Piece piece : labelPieces()) {
            LabelCell above = null;
            for (LabelCell cell : cells) {
                Piece last = cell.last();
                if (last.line() < piece.line() && piece.chunk().overlaps(last.chunk().left(), last.chunk().right())
                        && (above == null || last.line() > above.last().line())) {
                    above = cell;
                }
            }
            if (above != null && joins(above, piece)) {
                above.pieces.add(piece);
            } else {
                LabelCell cell = new LabelCell();
                cell.pieces.add(piece);
                cells.add(cell);
            }
        }
        return cells;
    }

    private boolean joins(LabelCell cell, Piece piece) {
        boolean figureLines = !figures(data.get(piece.line())).isEmpty()
                && cell.pieces.stream().anyMatch(p -> !figures(data.get(p.line())).isEmpty());
        return piece.chunk().baseline() - cell.bottom() <= JOIN * pitch
                && !NUMBERED.matcher(piece.chunk().text()).find() && !figureLines
                && band(piece.chunk().baseline()) == band(cell.bottom());
    }

    /** The figure lines a label cell from {@code top} to {@code bottom} reaches, between the same rules. */
    private List<Integer> reached(float top, float bottom) {
        float reach = REACH * pitch;
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            float baseline = data.get(i).baseline();
            if (!figures(data.get(i)).isEmpty() && baseline >= top - reach && baseline <= bottom + reach
                    && band(baseline) == band(top)) {
                rows.add(i);
            }
        }
        return rows;
    }

    /**
     * The row a label cell belongs to: the one figure line within its reach and between the same rules. A cell
     * reaching several figure lines is a group label (三、本年度办理结果, （三）不予公开) and stands on a line of its
     * own: where its rows start is not known without rules, and a row's own label names it.
     */
    private Optional<Integer> rowOf(LabelCell cell) {
        List<Integer> rows = reached(cell.top(), cell.bottom());
        return rows.size() == 1 ? Optional.of(rows.get(0)) : Optional.empty();
    }

    /**
     * The distance between two lines of one cell: the least distance between pieces of text one below the other,
     * in the header or the labels, no more than {@value #LONGEST_PITCH} ems.
     */
    private float pitch() {
        float em = em();
        List<PdfChunk> chunks = new ArrayList<>();
        header.forEach(l -> chunks.addAll(l.chunks()));
        labelPieces().forEach(p -> chunks.add(p.chunk()));
        float pitch = LONGEST_PITCH * em;
        for (PdfChunk a : chunks) {
            for (PdfChunk b : chunks) {
                float distance = b.baseline() - a.baseline();
                if (distance >= SHORTEST_PITCH * em && distance < pitch && a.overlaps(b.left(), b.right())) {
                    pitch = distance;
                }
            }
        }
        return pitch;
    }

    /** How many horizontal rules across the block stand above a height: rows between the same rules share it. */
    private int band(float y) {
        int band = 0;
        for (PdfRules.Segment rule : rules) {
            if (rule.at() < y && rule.from() < right && rule.to() > left) {
                band++;
            }
        }
        return band;
    }
}
