package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The characters of a page that share a baseline, left to right, and the chunks they form: runs of characters
 * standing closer together than half an em, so that each table cell on the line is one chunk (or several, when a
 * cell's text is spaced out).
 *
 * @param glyphs   the characters, left to right
 * @param baseline where the line stands, measured down from the top of the page
 * @param em       the line's font size
 * @param chunks   the runs of characters, left to right
 */
record PdfLine(List<PdfGlyph> glyphs, float baseline, float em, List<PdfChunk> chunks) {

    /** Characters closer to a line's baseline than this share of an em stand on it. */
    private static final float SAME_BASELINE = 0.2f;
    /** A gap wider than this share of an em ends a chunk. */
    private static final float CHUNK_GAP = 0.5f;
    /** Between two digits, a gap wider than this share of an em ends a chunk ("1 0" is two figures). */
    private static final float DIGIT_GAP = 0.25f;
    /** A gap at least this many ems wide stands between two table cells, not inside one. */
    static final float WIDE_GAP = 1.0f;
    /** The widest even gap (in ems) between the characters of a letter-spaced word. */
    private static final float SPACED_GAP = 1.1f;
    /** How much (in points) the gaps of a letter-spaced word may differ. */
    private static final float SAME_SPACING = 0.2f;

    /** The characters grouped into lines by their baselines, top to bottom. */
    static List<PdfLine> of(Collection<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline));
        List<List<PdfGlyph>> groups = new ArrayList<>();
        float baseline = 0;
        for (PdfGlyph glyph : sorted) {
            if (groups.isEmpty() || glyph.baseline() - baseline > SAME_BASELINE * Math.max(glyph.size(), 1)) {
                groups.add(new ArrayList<>());
                baseline = glyph.baseline();
            }
            groups.get(groups.size() - 1).add(glyph);
        }
        return groups.stream().map(PdfLine::of).toList();
    }

    private static PdfLine of(List<PdfGlyph> glyphs) {
        List<PdfGlyph> line = new ArrayList<>(glyphs);
        line.sort(Comparator.comparingDouble(PdfGlyph::x));
        float em = (float) line.stream().filter(PdfGlyph::isWide).mapToDouble(PdfGlyph::size).max()
                .orElse(line.stream().mapToDouble(PdfGlyph::size).max().orElse(1));
        float baseline = (float) line.stream().mapToDouble(PdfGlyph::baseline).average().orElse(0);
        List<PdfChunk> chunks = new ArrayList<>();
        boolean[] spaced = letterSpaced(line, em);
        int start = 0;
        for (int i = 1; i <= line.size(); i++) {
            if (i == line.size() || !spaced[i] && endsChunk(line.get(i - 1), line.get(i), em)) {
                chunks.add(PdfChunk.of(line.subList(start, i)));
                start = i;
            }
        }
        return new PdfLine(List.copyOf(line), baseline, em, List.copyOf(chunks));
    }

    /**
     * Which characters of a line continue a letter-spaced word (a header spread over its cell, 信 息 内 容, 数 量):
     * two or more characters, Chinese or between Chinese ones, not digits (figures stay apart), standing the same
     * distance apart (to a fifth of a point, as letter-spacing sets them), more than a chunk's gap but no more than
     * {@link #SPACED_GAP} ems, and no closer to the characters before and after them (two words set close, 结果 结果,
     * are not one spaced word). The next cell's text stands a padding further, so the run ends there; columns of a
     * table stand further apart than this even where their headers are one character wide.
     */
    static boolean[] letterSpaced(List<PdfGlyph> line, float em) {
        boolean[] spaced = new boolean[line.size()];
        int start = 0;
        while (start < line.size() - 1) {
            float gap = gapBefore(line, start + 1);
            int end = start + 1;
            while (end < line.size() && spacedPair(line.get(end - 1), line.get(end))
                    && gap > CHUNK_GAP * em && gap <= SPACED_GAP * em
                    && Math.abs(gapBefore(line, end) - gap) <= SAME_SPACING) {
                end++;
            }
            boolean whole = (start == 0 || gapBefore(line, start) > gap - SAME_SPACING)
                    && (end == line.size() || gapBefore(line, end) > gap - SAME_SPACING);
            if (end - start >= 2 && whole) {
                for (int i = start + 1; i < end; i++) {
                    spaced[i] = true;
                }
                start = end;
            } else {
                start++;
            }
        }
        return spaced;
    }

    /** Whether two characters may stand in one spaced word: one of them Chinese, neither a digit (增 / 减). */
    private static boolean spacedPair(PdfGlyph previous, PdfGlyph next) {
        return (previous.isWide() || next.isWide()) && !previous.isDigit() && !next.isDigit();
    }

    private static float gapBefore(List<PdfGlyph> line, int i) {
        return line.get(i).x() - line.get(i - 1).right();
    }

    private static boolean endsChunk(PdfGlyph previous, PdfGlyph next, float em) {
        float gap = next.x() - previous.right();
        return gap > CHUNK_GAP * em || previous.isDigit() && next.isDigit() && gap > DIGIT_GAP * em;
    }

    /**
     * A line's text, with a space where the characters stand apart by more than half their height (as plain text
     * lines have always been written).
     */
    static String text(List<PdfGlyph> line) {
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        for (PdfGlyph glyph : line) {
            if (previous != null && glyph.x() - (previous.x() + previous.width()) > glyph.height() / 2) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString().strip();
    }

    /** The line's text. */
    String text() {
        return text(glyphs);
    }

    float left() {
        return glyphs.get(0).x();
    }

    float right() {
        return (float) glyphs.stream().mapToDouble(PdfGlyph::right).max().orElse(0);
    }

    /** Whether the line holds Chinese characters, whose size {@link #em} then is. */
    boolean isChinese() {
        return glyphs.stream().anyMatch(PdfGlyph::isWide);
    }

    /** Whether the line has two chunks standing a wide gap apart, as two cells of a table row do. */
    boolean isTabular() {
        for (int i = 1; i < chunks.size(); i++) {
            if (chunks.get(i).left() - chunks.get(i - 1).right() >= WIDE_GAP * em) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line holds a figure standing apart from the rest of the line by a wide gap on each side, as a
     * figure in a table cell does (a number in running text stands close to its words).
     */
    boolean hasFigureApart() {
        return firstFigureApart().isPresent();
    }

    /** The first figure standing apart from the rest of the line by a wide gap on each side, if any. */
    Optional<PdfChunk> firstFigureApart() {
        for (int i = 0; i < chunks.size() && chunks.size() > 1; i++) {
            boolean apartLeft = i == 0 || chunks.get(i).left() - chunks.get(i - 1).right() >= WIDE_GAP * em;
            boolean apartRight = i == chunks.size() - 1
                    || chunks.get(i + 1).left() - chunks.get(i).right() >= WIDE_GAP * em;
            if (chunks.get(i).figure() && apartLeft && apartRight) {
                return Optional.of(chunks.get(i));
            }
        }
        return Optional.empty();
    }
}
