package cn.nianbao.annualreport.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The horizontal and vertical rules a page draws, stroked or as thin filled rectangles, in page coordinates with y
 * growing downwards; sorted by position, so that the rules around a point are found without walking them all.
 */
final class PdfRules extends PDFGraphicsStreamEngine {

    /** Rules closer than this (in points) are one rule; a filled rectangle thinner than it is a rule. */
    static final float RULE = 2.5f;

    private final float top;
    private final float offsetX;
    private final List<Segment> horizontal = new ArrayList<>();
    private final List<Segment> vertical = new ArrayList<>();
    private final List<Point2D[]> path = new ArrayList<>();
    private Point2D current;

    private PdfRules(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        top = box.getUpperRightY();
        offsetX = box.getLowerLeftX();
    }

    /** The rules of a page. */
    static PdfRules of(PDPage page) throws IOException {
        PdfRules rules = new PdfRules(page);
        rules.processPage(page);
        rules.horizontal.sort(Comparator.comparingDouble(Segment::at));
        rules.vertical.sort(Comparator.comparingDouble(Segment::at));
        return rules;
    }

    /** A rule: a horizontal segment from x {@code from} to {@code to} at y {@code at}, or a vertical one. */
    record Segment(float from, float to, float at) {

        boolean covers(float position) {
            return position >= from - RULE && position <= to + RULE;
        }
    }

    /** A table cell, bounded by rules (y grows downwards). */
    record Box(float left, float right, float top, float bottom) {
    }

    /** The horizontal rules, top to bottom. */
    List<Segment> horizontal() {
        return horizontal;
    }

    /** Where the vertical rules crossing height {@code y} stand, left to right; rules close together are one. */
    List<Float> verticalsAcross(float y) {
        List<Float> xs = new ArrayList<>();
        for (Segment rule : vertical) {
            if (rule.from() < y && rule.to() > y) {
                float x = round(rule.at());
                if (xs.isEmpty() || x - xs.get(xs.size() - 1) > RULE) {
                    xs.add(x);
                }
            }
        }
        return xs;
    }

    /**
     * The cell around a point: the nearest rules on each side that reach past the point. Where a table breaks across
     * pages its open edge has no rule; the ends of the side rules stand for it.
     */
    Optional<Box> cellOf(float x, float y) {
        Optional<Segment> left = nearest(vertical, x, y, -1);
        Optional<Segment> right = nearest(vertical, x, y, 1);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        float above = nearest(horizontal, y, x, -1).map(Segment::at)
                .orElse(Math.max(left.get().from(), right.get().from()));
        float below = nearest(horizontal, y, x, 1).map(Segment::at)
                .orElse(Math.min(left.get().to(), right.get().to()));
        return Optional.of(new Box(round(left.get().at()), round(right.get().at()), round(above), round(below)));
    }

    /**
     * The nearest rule before ({@code direction} -1) or after (+1) {@code position} that reaches past
     * {@code across}; the rules are sorted by position, so the walk starts next to the point.
     */
    private static Optional<Segment> nearest(List<Segment> rules, float position, float across, int direction) {
        int low = 0;
        int high = rules.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (rules.get(middle).at() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (direction < 0) {
            while (low < rules.size() && rules.get(low).at() <= position) {
                low++;
            }
            for (int i = low - 1; i >= 0; i--) {
                if (rules.get(i).covers(across)) {
                    return Optional.of(rules.get(i));
                }
            }
        } else {
            for (int i = low; i < rules.size(); i++) {
                if (rules.get(i).covers(across)) {
                    return Optional.of(rules.get(i));
                }
            }
        }
        return Optional.empty();
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
