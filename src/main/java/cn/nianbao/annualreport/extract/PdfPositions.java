package cn.nianbao.annualreport.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the text of PDF pages that no ruled cell holds, by where the characters stand: running text as plain lines,
 * and tables printed without rules between their cells (no borders, horizontal rules only, an outer frame only, rules
 * between the columns only) as rows of positioned cells; the horizontal rules there are give row bands.
 *
 * <p>A table starts at a line with two chunks of text a wide gap apart; its header lines run to the first line with
 * figures standing apart; then come its rows, figure lines and label lines (text left of the figure columns) until a
 * line that is neither, a vertical gap of more than {@value #LONGEST_GAP} ems, a change of font size or a line of
 * running text. A line with text over the figure columns there (the next block's caption and header, a page number)
 * starts again. The columns found last are kept for a table continued on the next page without its header.
 */
final class PdfPositions {

    /** More than this many ems between two lines ends a table. */
    private static final float LONGEST_GAP = 3f;
    /** Lines whose font sizes differ by more than this share are not of one table. */
    private static final float SIZE_CHANGE = 0.15f;
    /** A line of running text spans at least this share of the page's text width. */
    private static final float RUNNING_TEXT = 0.75f;

    private Optional<PdfColumns> carried = Optional.empty();

    /** The lines of one page's characters, tables as tab-separated rows; the horizontal rules give row bands. */
    List<PdfPlacedLine> page(Collection<PdfGlyph> glyphs, List<PdfRules.Segment> horizontal) {
        List<PdfLine> lines = PdfLine.of(glyphs);
        float textWidth = (float) (lines.stream().mapToDouble(PdfLine::right).max().orElse(0)
                - lines.stream().mapToDouble(PdfLine::left).min().orElse(0));
        List<PdfPlacedLine> out = new ArrayList<>();
        List<PdfLine> plain = new ArrayList<>();
        PdfBlock block = null;
        PdfLine previous = null;
        for (PdfLine line : lines) {
            Optional<PdfLine> caption = Optional.empty();
            if (block != null && (!block.takes(line) || ends(block, previous, line, textWidth))) {
                if (startsTable(line, textWidth) && !ends(block, previous, line, textWidth)) {
                    caption = block.releaseCaption();
                }
                out.addAll(finish(block));
                block = null;
                plain.clear();
            }
            if (block == null && startsTable(line, textWidth)) {
                block = start(line, plain, out, horizontal);
                caption.ifPresent(block::add);
            }
            if (block == null) {
                out.add(new PdfPlacedLine(line.glyphs().get(0).centreY(), line.text()));
                plain.add(line);
            } else {
                block.add(line);
            }
            previous = line;
        }
        if (block != null) {
            out.addAll(finish(block));
        }
        return out;
    }

    /** A block starting at {@code line}, taking back the plain lines just written that are its first row's label. */
    private static PdfBlock start(PdfLine line, List<PdfLine> plain, List<PdfPlacedLine> out,
            List<PdfRules.Segment> horizontal) {
        PdfBlock block = new PdfBlock(horizontal);
        for (PdfLine label : labelsBefore(line, plain)) {
            out.remove(out.size() - 1);
            block.add(label);
        }
        plain.clear();
        return block;
    }

    /**
     * The plain lines just before a table's first line that are its first row's label: when the table starts with a
     * row of figures (a table continued from the page before), the lines left of the figures, each close below the
     * one before.
     */
    private static List<PdfLine> labelsBefore(PdfLine first, List<PdfLine> plain) {
        Optional<PdfChunk> figure = first.firstFigureApart();
        int start = plain.size();
        PdfLine below = first;
        while (figure.isPresent() && start > 0 && plain.get(start - 1).right() < figure.get().left()
                && below.baseline() - plain.get(start - 1).baseline() <= LONGEST_GAP * first.em()) {
            start--;
            below = plain.get(start);
        }
        return List.copyOf(plain.subList(start, plain.size()));
    }

    private List<PdfPlacedLine> finish(PdfBlock block) {
        List<PdfPlacedLine> lines = block.lines(carried);
        block.columns().ifPresent(columns -> carried = Optional.of(columns));
        return lines;
    }

    private static boolean ends(PdfBlock block, PdfLine previous, PdfLine line, float textWidth) {
        float em = block.em();
        boolean resized = line.isChinese() && previous.isChinese()
                && Math.abs(line.em() - em) > SIZE_CHANGE * em;
        return line.baseline() - previous.baseline() > LONGEST_GAP * em || resized
                || isRunningText(line, textWidth);
    }

    private static boolean startsTable(PdfLine line, float textWidth) {
        return line.isTabular() && !isRunningText(line, textWidth);
    }

    /**
     * Whether a line is running text: one or two chunks (a space before a number may part them) spanning most of
     * the page's text width. A header line of many narrow columns has many chunks.
     */
    private static boolean isRunningText(PdfLine line, float textWidth) {
        return !line.isTabular() && line.chunks().size() <= 2 && line.right() - line.left() >= RUNNING_TEXT * textWidth;
    }
}
