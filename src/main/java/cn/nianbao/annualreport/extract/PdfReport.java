package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF report as lines of text, read from the characters' positions and the table rules drawn on each page.
 *
 * <p>Where a table is ruled, a character belongs to the cell bounded by the nearest rules left, right, above and
 * below it, so that labels printed over several lines, one character per line or beside their figures stay in their
 * cell, and a merged cell stays one cell. Where a table lacks rules between its rows or its columns (no borders,
 * horizontal rules only, an outer frame only, rules between the columns only), its cells are found from where the
 * characters stand ({@link PdfPositions}), using the horizontal rules there are as row bands. Either way each
 * table row becomes one line of tab-separated cells in column order; a cell spanning several rows stands in its
 * first. Text outside the tables (title, narrative, page numbers) becomes plain lines, in page order.
 *
 * <p>The pages are walked once, in order ({@link PdfPages}), and each character finds its cell through an index of
 * the rules, so that reading takes time in proportion to the file; a file larger than any report (more pages, or more
 * characters or rules on a page, than the limits) is refused as too large, and PDFBox's failures on a damaged file
 * become one reason.
 */
public final class PdfReport {

    /** The widest space (in points) a word processor leaves between a cell's rules and its text (Word: 0.19 cm). */
    private static final float MOST_CELL_PADDING = 5.5f;
    /** Writers put the end-of-file marker within the last kilobyte (PDFBox looks no further either). */
    private static final int END_MARKER_WITHIN = 1024;
    /** How far apart (in ems) the baselines of a paragraph's wrapped lines stand at most. */
    private static final float LINE_PITCH = 1.6f;

    private PdfReport() {
    }

    /**
     * The text of a PDF file, each line placed by its page; fails with a reason for a damaged, encrypted or
     * image-only PDF, and with {@link cn.nianbao.annualreport.limits.BudgetExceeded} for one larger than any report.
     */
    public static ReportText read(Path file) throws IOException {
        try {
            return text(open(file));
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            if (Library.PDFBOX.threw(e)) {
                throw damaged(file, e);
            }
            throw e;
        }
    }

    private static PDDocument open(Path file) throws IOException {
        FileContent content = FileContent.of(file);
        if (content == FileContent.EMPTY) {
            throw new ReadRefusal(Reason.of("empty"));
        }
        if (content != FileContent.PDF) {
            throw new ReadRefusal(Reason.of("pdf.not-pdf"));
        }
        try {
            return Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new ReadRefusal(Reason.of("pdf.encrypted"), e);
        }
    }

    private static ReportText text(PDDocument document) throws IOException {
        try (document) {
            if (PdfPages.flatten(document) == 0) {
                throw new ReadRefusal(Reason.of("pdf.no-pages"));
            }
            List<String> lines = new ArrayList<>();
            List<Location> places = new ArrayList<>();
            PdfPositions positions = new PdfPositions();
            PdfGlyph.eachPage(document, (number, page, glyphs) -> {
                FileBudget.checkpoint();
                for (String line : page(PdfRules.of(page, number), glyphs, positions)) {
                    lines.add(line);
                    places.add(new Location.Page(number));
                }
            });
            if (lines.stream().allMatch(String::isBlank)) {
                throw new ReadRefusal(Reason.of("pdf.no-text"));
            }
            return new ReportText(lines, places, true);
        }
    }

    /**
     * Why a PDF that PDFBox fails on is not read, by what it means (PDFBox's own messages are English): a file cut
     * short (no end-of-file marker near its end, as when a download broke off), one nested too deep, or one damaged.
     */
    private static IOException damaged(Path file, Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return new ReadRefusal(Reason.of("pdf.nested"), failure);
        }
        if (failure instanceof LinkageError) {
            return new ReadRefusal(Reason.of("pdf.encoding"), failure);
        }
        if (!endsWithMarker(file)) {
            return new ReadRefusal(Reason.of("pdf.cut-off"), failure);
        }
        return new ReadRefusal(Reason.of("pdf.damaged"), failure);
    }

    /** Whether the file's last kilobyte holds the end-of-file marker {@code %%EOF}. */
    private static boolean endsWithMarker(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.max(0, Files.size(file) - END_MARKER_WITHIN));
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            return true;
        }
    }

    private static List<String> page(PdfRules rules, List<PdfGlyph> glyphs, PdfPositions positions) {
        Map<PdfRules.Box, List<PdfGlyph>> cells = new LinkedHashMap<>();
        List<PdfGlyph> outside = new ArrayList<>();
        for (PdfGlyph glyph : glyphs) {
            Optional<PdfRules.Box> box = rules.cellOf(glyph.centreX(), glyph.centreY());
            if (box.isPresent()) {
                cells.computeIfAbsent(box.get(), b -> new ArrayList<>()).add(glyph);
            } else {
                outside.add(glyph);
            }
        }
        for (PdfRules.Box box : unruledTables(cells)) {
            outside.addAll(cells.remove(box));
        }
        List<PdfPlacedLine> placed = new ArrayList<>(positions.page(outside, rules.horizontal()));
        for (Band band : bands(cells.keySet())) {
            List<String> row = withEmptyCells(band, rules.verticalsAcross(band.middle())).stream()
                    .map(box -> box.top() >= band.top() - PdfRules.RULE
                            ? cellText(box, cells.getOrDefault(box, List.of())) : "")
                    .toList();
            placed.add(new PdfPlacedLine(band.top(), String.join("\t", row)));
        }
        placed.sort(Comparator.comparingDouble(PdfPlacedLine::top));
        return placed.stream().map(PdfPlacedLine::text).toList();
    }

    /**
     * The ruled boxes that hold a table without inner rules, to be read by positions: a frame (or a band between
     * horizontal rules) holding a row of figures standing apart, or two rows; a column between vertical rules holding
     * figures on two lines, or figures under a header, and with it every box beside it (the table's other columns,
     * captions and headers, when only the columns are ruled). A cell of a ruled table holds none of these: one
     * figure, or words.
     */
    private static Set<PdfRules.Box> unruledTables(Map<PdfRules.Box, List<PdfGlyph>> cells) {
        Set<PdfRules.Box> tables = new HashSet<>();
        List<PdfRules.Box> columns = new ArrayList<>();
        cells.forEach((box, glyphs) -> {
            List<PdfLine> lines = PdfLine.of(glyphs);
            if (wrappedFigure(box, lines)) {
                return;
            }
            long figures = lines.stream().filter(l -> l.chunks().stream().allMatch(PdfChunk::figure)).count();
            if (figures >= 2 || figures == 1 && lines.size() > 1) {
                columns.add(box);
            } else if (lines.stream().anyMatch(PdfLine::hasFigureApart)
                    || lines.stream().filter(PdfLine::isTabular).count() >= 2) {
                tables.add(box);
            }
        });
        for (PdfRules.Box box : cells.keySet()) {
            if (columns.stream().anyMatch(c -> Math.min(c.bottom(), box.bottom()) - Math.max(c.top(), box.top())
                    > PdfRules.RULE)) {
                tables.add(box);
            }
        }
        return tables;
    }

    /**
     * Whether a ruled box holds one figure wrapped over its lines because the cell is too narrow (138 printed as 13
     * over 8, 171 over 件): the lines read together as one figure, each line but the last is one run that fills the
     * cell, so that the first character of the next line would not have fitted beside it, and the lines follow each
     * other at the line pitch. Figures of two rows in one ruled column do not fill their cell.
     */
    static boolean wrappedFigure(PdfRules.Box box, List<PdfLine> lines) {
        if (lines.size() < 2) {
            return false;
        }
        String joined = lines.stream().map(PdfLine::text).collect(Collectors.joining());
        if (PrintedValue.read(joined).value().isEmpty()) {
            return false;
        }
        float room = box.right() - box.left() - 2 * MOST_CELL_PADDING;
        for (int i = 0; i + 1 < lines.size(); i++) {
            PdfLine line = lines.get(i);
            PdfLine next = lines.get(i + 1);
            if (line.chunks().size() != 1 || line.right() - line.left() + next.glyphs().get(0).width() <= room
                    || next.baseline() - line.baseline() > LINE_PITCH * line.em()) {
                return false;
            }
        }
        return true;
    }

    /** Characters grouped into lines by their vertical centre, each line left to right. */
    private static List<List<PdfGlyph>> textLines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::centreY));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        for (PdfGlyph glyph : sorted) {
            List<PdfGlyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).centreY() - glyph.centreY()) < Math.max(glyph.height(), 1) / 2) {
                last.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(PdfGlyph::x)));
        return lines;
    }

    /**
     * A cell's lines joined; figures on consecutive lines stay apart ("12" over "13" is not 1213) unless they are one
     * figure wrapped in a narrow cell.
     */
    private static String cellText(PdfRules.Box box, List<PdfGlyph> glyphs) {
        if (wrappedFigure(box, PdfLine.of(glyphs))) {
            return PdfLine.of(glyphs).stream().map(PdfLine::text).collect(Collectors.joining());
        }
        StringBuilder text = new StringBuilder();
        for (List<PdfGlyph> line : textLines(glyphs)) {
            String part = PdfLine.text(line);
            if (!text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1))
                    && Character.isDigit(part.charAt(0))) {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString();
    }

    /**
     * The table rows of a page: the bands between consecutive horizontal cell edges, each with the cells crossing
     * it, left to right.
     */
    private static List<Band> bands(Set<PdfRules.Box> boxes) {
        TreeSet<Float> edges = new TreeSet<>();
        for (PdfRules.Box box : boxes) {
            addEdge(edges, box.top());
            addEdge(edges, box.bottom());
        }
        // One sweep down the page: the boxes begun above a band's middle, less those ended above it, cross it.
        List<PdfRules.Box> found = List.copyOf(boxes);
        Comparator<Integer> leftToRight = Comparator.comparingDouble((Integer i) -> found.get(i).left())
                .thenComparingInt(i -> i);
        List<Integer> byTop = new ArrayList<>(IntStream.range(0, found.size()).boxed().toList());
        byTop.sort(Comparator.comparingDouble(i -> found.get(i).top()));
        PriorityQueue<Integer> open = new PriorityQueue<>(Comparator.comparingDouble(i -> found.get(i).bottom()));
        int begun = 0;
        List<Band> bands = new ArrayList<>();
        Float top = null;
        for (Float edge : edges) {
            if (top != null) {
                float middle = (top + edge) / 2;
                while (begun < byTop.size() && found.get(byTop.get(begun)).top() < middle) {
                    open.add(byTop.get(begun++));
                }
                while (!open.isEmpty() && found.get(open.peek()).bottom() <= middle) {
                    open.poll();
                }
                List<PdfRules.Box> crossing = open.stream().sorted(leftToRight).map(found::get).toList();
                if (!crossing.isEmpty()) {
                    bands.add(new Band(top, edge, crossing));
                }
            }
            top = edge;
        }
        return bands;
    }

    /**
     * A band's cells with the empty ones among them: every gap between two of the vertical rules crossing the band
     * ({@code verticals}, left to right), from its first cell's left edge on, that no cell with text covers is an
     * empty cell. A ruled table's blank cell holds no character, so without this the figures after it would move one
     * cell left. When the rules do not reach the band's last cell, the band stays as it is.
     */
    static List<PdfRules.Box> withEmptyCells(Band band, List<Float> verticals) {
        List<PdfRules.Box> cells = band.cells();
        float first = cells.get(0).left();
        List<Float> edges = verticals.stream().filter(x -> x >= first - PdfRules.RULE).toList();
        float last = cells.get(cells.size() - 1).right();
        if (edges.isEmpty() || edges.get(edges.size() - 1) < last - PdfRules.RULE) {
            return cells;
        }
        List<PdfRules.Box> row = new ArrayList<>();
        Set<PdfRules.Box> inRow = new HashSet<>();
        int candidate = 0;
        for (int i = 0; i + 1 < edges.size(); i++) {
            float left = edges.get(i);
            float right = edges.get(i + 1);
            // Cells stand left to right: one ending before this gap ends before every later gap too.
            while (candidate < cells.size() && cells.get(candidate).right() < right - PdfRules.RULE) {
                candidate++;
            }
            if (candidate == cells.size() || cells.get(candidate).left() > left + PdfRules.RULE) {
                row.add(new PdfRules.Box(left, right, band.top(), band.bottom()));
            } else if (inRow.add(cells.get(candidate))) {
                row.add(cells.get(candidate));
            }
        }
        return inRow.containsAll(cells) ? row : cells;
    }

    private static void addEdge(TreeSet<Float> edges, float y) {
        Float near = edges.floor(y + PdfRules.RULE);
        if (near == null || near < y - PdfRules.RULE) {
            edges.add(y);
        }
    }

    /** A table row between two horizontal cell edges, with the cells crossing it left to right. */
    record Band(float top, float bottom, List<PdfRules.Box> cells) {

        float middle() {
            return (top + bottom) / 2;
        }
    }
}
