package cn.nianbao.annualreport.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF report as lines of text, read from the characters' positions and the table rules drawn on each page.
 *
 * <p>A character belongs to the cell bounded by the nearest rules left, right, above and below it, so that labels
 * printed over several lines, one character per line or beside their figures stay in their cell, and a merged cell
 * stays one cell. Each table row becomes one line of tab-separated cells in column order; a cell spanning several
 * rows stands in its first. Text outside the tables (title, narrative, page numbers) becomes plain lines, in page
 * order.
 */
public final class PdfReport {

    /** Rules closer than this (in points) are one rule; a filled rectangle thinner than it is a rule. */
    private static final float RULE = 2.5f;

    private PdfReport() {
    }

    /**
     * The text of a PDF file, each line placed by its page; fails with a Chinese message for a damaged, encrypted or
     * image-only PDF.
     */
    public static ReportText read(Path file) throws IOException {
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new IOException("PDF 已加密，需要密码才能打开", e);
        } catch (IOException e) {
            throw new IOException("不是可读的 PDF 文件（" + e.getMessage() + "）", e);
        }
        try (document) {
            List<String> lines = new ArrayList<>();
            List<String> places = new ArrayList<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                for (String line : page(document, page)) {
                    lines.add(line);
                    places.add("第 " + number + " 页");
                }
            }
            if (lines.stream().allMatch(String::isBlank)) {
                throw new IOException("PDF 中没有文字层（可能是扫描图像），无法读取，请先做文字识别");
            }
            return new ReportText(lines, places);
        }
    }

    private static List<String> page(PDDocument document, PDPage page) throws IOException {
        Rules rules = new Rules(page);
        rules.processPage(page);
        List<Glyph> glyphs = glyphs(document, document.getPages().indexOf(page) + 1);
        Map<Box, List<Glyph>> cells = new LinkedHashMap<>();
        List<Glyph> outside = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            Optional<Box> box = rules.cellOf(glyph.centreX(), glyph.centreY());
            if (box.isPresent()) {
                cells.computeIfAbsent(box.get(), b -> new ArrayList<>()).add(glyph);
            } else {
                outside.add(glyph);
            }
        }
        record Placed(float top, String text) {
        }
        List<Placed> placed = new ArrayList<>();
        for (List<Glyph> line : textLines(outside)) {
            placed.add(new Placed(line.get(0).centreY(), text(line)));
        }
        for (Band band : bands(cells.keySet())) {
            List<String> row = band.cells().stream()
                    .map(box -> box.top() >= band.top() - RULE ? cellText(cells.getOrDefault(box, List.of())) : "")
                    .toList();
            placed.add(new Placed(band.top(), String.join("\t", row)));
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        return placed.stream().map(Placed::text).toList();
    }

    /** Every character of one page with its position (y grows downwards). */
    private static List<Glyph> glyphs(PDDocument document, int pageNumber) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    // A vertical font reports its advance as width; no glyph is wider than its font size.
                    float width = Math.min(text.getWidthDirAdj(), text.getFontSizeInPt());
                    glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj() - text.getHeightDir(),
                            width, text.getHeightDir()));
                }
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        return glyphs;
    }

    /** Characters grouped into lines by their vertical centre, each line left to right. */
    private static List<List<Glyph>> textLines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centreY));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).centreY() - glyph.centreY()) < Math.max(glyph.height(), 1) / 2) {
                last.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }

    /** A line's text, with a space where the characters stand apart by more than half a character. */
    private static String text(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : line) {
            if (previous != null && glyph.x() - (previous.x() + previous.width()) > glyph.height() / 2) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString().strip();
    }

    /** A cell's lines joined; figures on consecutive lines stay apart ("12" over "13" is not 1213). */
    private static String cellText(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        for (List<Glyph> line : textLines(glyphs)) {
            String part = text(line);
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
    private static List<Band> bands(Set<Box> boxes) {
        TreeSet<Float> edges = new TreeSet<>();
        for (Box box : boxes) {
            addEdge(edges, box.top());
            addEdge(edges, box.bottom());
        }
        List<Band> bands = new ArrayList<>();
        Float top = null;
        for (Float edge : edges) {
            if (top != null) {
                float middle = (top + edge) / 2;
                List<Box> crossing = boxes.stream().filter(b -> b.top() < middle && b.bottom() > middle)
                        .sorted(Comparator.comparingDouble(Box::left)).toList();
                if (!crossing.isEmpty()) {
                    bands.add(new Band(top, crossing));
                }
            }
            top = edge;
        }
        return bands;
    }

    private static void addEdge(TreeSet<Float> edges, float y) {
        Float near = edges.floor(y + RULE);
        if (near == null || near < y - RULE) {
            edges.add(y);
        }
    }

    /** One character: its text and box, y measured downwards from the top of the page. */
    private record Glyph(String text, float x, float y, float width, float height) {

        float centreX() {
            return x + width / 2;
        }

        float centreY() {
            return y + height / 2;
        }
    }

    /** A table cell, bounded by rules (y grows downwards). */
    private record Box(float left, float right, float top, float bottom) {
    }

    private record Band(float top, List<Box> cells) {
    }

    /** A rule of a table: a horizontal or vertical segment, in page coordinates with y growing downwards. */
    private record Segment(float from, float to, float at) {

        boolean covers(float position) {
            return position >= from - RULE && position <= to + RULE;
        }
    }

    /** Collects the horizontal and vertical rules a page draws, stroked or as thin filled rectangles. */
    private static final class Rules extends PDFGraphicsStreamEngine {

        private final float top;
        private final float offsetX;
        private final List<Segment> horizontal = new ArrayList<>();
        private final List<Segment> vertical = new ArrayList<>();
        private final List<Point2D[]> path = new ArrayList<>();
        private Point2D current;

        Rules(PDPage page) {
            super(page);
            PDRectangle box = page.getCropBox();
            top = box.getUpperRightY();
            offsetX = box.getLowerLeftX();
        }

        /**
         * The cell around a point: the nearest rules on each side that reach past the point. Where a table breaks
         * across pages its open edge has no rule; the ends of the side rules stand for it.
         */
        Optional<Box> cellOf(float x, float y) {
            Optional<Segment> left = vertical.stream().filter(s -> s.at() <= x && s.covers(y))
                    .max(Comparator.comparingDouble(Segment::at));
            Optional<Segment> right = vertical.stream().filter(s -> s.at() >= x && s.covers(y))
                    .min(Comparator.comparingDouble(Segment::at));
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            float top = horizontal.stream().filter(s -> s.at() <= y && s.covers(x)).map(Segment::at)
                    .max(Float::compare).orElse(Math.max(left.get().from(), right.get().from()));
            float bottom = horizontal.stream().filter(s -> s.at() >= y && s.covers(x)).map(Segment::at)
                    .min(Float::compare).orElse(Math.min(left.get().to(), right.get().to()));
            return Optional.of(new Box(round(left.get().at()), round(right.get().at()), round(top), round(bottom)));
        }

        private static float round(float value) {
            return Math.round(value * 2) / 2f;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.add(new Point2D[] {p0, p1});
            path.add(new Point2D[] {p1, p2});
            path.add(new Point2D[] {p2, p3});
            path.add(new Point2D[] {p3, p0});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D next = new Point2D.Float(x, y);
            if (current != null) {
                path.add(new Point2D[] {current, next});
            }
            current = next;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current == null ? new Point2D.Float() : current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            for (Point2D[] segment : path) {
                add(segment[0], segment[1]);
            }
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Point2D[] segment : path) {
                for (Point2D p : segment) {
                    minX = Math.min(minX, p.getX());
                    maxX = Math.max(maxX, p.getX());
                    minY = Math.min(minY, p.getY());
                    maxY = Math.max(maxY, p.getY());
                }
            }
            if (!path.isEmpty() && maxX - minX < RULE && maxY - minY > RULE) {
                double x = (minX + maxX) / 2;
                add(new Point2D.Double(x, minY), new Point2D.Double(x, maxY));
            } else if (!path.isEmpty() && maxY - minY < RULE && maxX - minX > RULE) {
                double y = (minY + maxY) / 2;
                add(new Point2D.Double(minX, y), new Point2D.Double(maxX, y));
            }
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        private void add(Point2D a, Point2D b) {
            float x1 = (float) a.getX() - offsetX;
            float x2 = (float) b.getX() - offsetX;
            float y1 = top - (float) a.getY();
            float y2 = top - (float) b.getY();
            if (Math.abs(y1 - y2) < RULE && Math.abs(x1 - x2) >= RULE) {
                horizontal.add(new Segment(Math.min(x1, x2), Math.max(x1, x2), (y1 + y2) / 2));
            } else if (Math.abs(x1 - x2) < RULE && Math.abs(y1 - y2) >= RULE) {
                vertical.add(new Segment(Math.min(y1, y2), Math.max(y1, y2), (x1 + x2) / 2));
            }
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName name) {
        }
    }
}
