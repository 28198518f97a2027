package cn.nianbao.annualreport.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
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
    /**
     * The most rules one page may draw. Word draws every cell's borders apart, four rules a cell: a page-high table of
     * 50 rows and 20 columns draws 4,000; no report's page draws more than a few thousand.
     */
    static final int MOST_RULES = 10_000;
    /**
     * The most straight segments one path may hold before it is stroked or filled. A filled path is one shape (a QR
     * code drawn in vectors, an emblem), with a few thousand segments at most.
     */
    private static final int MOST_PATH_SEGMENTS = 200_000;
    /** How many operators of a page's content are run between two looks at the file's deadline. */
    private static final int OPERATORS_PER_CHECKPOINT = 1024;

    private final int pageNumber;
    private final float top;
    private final float offsetX;
    private final List<Segment> horizontal = new ArrayList<>();
    private final List<Segment> vertical = new ArrayList<>();
    private final List<Point2D[]> path = new ArrayList<>();
    private Point2D current;
    private int operators;
    private Reach horizontalReach;
    private Reach verticalReach;

    private PdfRules(PDPage page, int pageNumber) {
        super(page);
        this.pageNumber = pageNumber;
        PDRectangle box = page.getCropBox();
        top = box.getUpperRightY();
        offsetX = box.getLowerLeftX();
    }

    /**
     * The rules of page {@code pageNumber}; throws {@link BudgetExceeded} when it draws more than {@link #MOST_RULES}.
     */
    static PdfRules of(PDPage page, int pageNumber) throws IOException {
        PdfRules rules = new PdfRules(page, pageNumber);
        rules.processPage(page);
        rules.horizontal.sort(Comparator.comparingDouble(Segment::at));
        rules.vertical.sort(Comparator.comparingDouble(Segment::at));
        rules.horizontalReach = new Reach(rules.horizontal);
        rules.verticalReach = new Reach(rules.vertical);
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
        Optional<Segment> left = verticalReach.before(x, y);
        Optional<Segment> right = verticalReach.after(x, y);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        float above = horizontalReach.before(y, x).map(Segment::at)
                .orElse(Math.max(left.get().from(), right.get().from()));
        float below = horizontalReach.after(y, x).map(Segment::at)
                .orElse(Math.min(left.get().to(), right.get().to()));
        return Optional.of(new Box(round(left.get().at()), round(right.get().at()), round(above), round(below)));
    }

    private static float round(float value) {
        return Math.round(value * 2) / 2f;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        addToPath(p0, p1);
        addToPath(p1, p2);
        addToPath(p2, p3);
        addToPath(p3, p0);
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            addToPath(current, next);
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

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % OPERATORS_PER_CHECKPOINT == 0) {
            FileBudget.checkpoint();
        }
        super.processOperator(operator, operands);
    }

    private void addToPath(Point2D a, Point2D b) {
        if (path.size() == MOST_PATH_SEGMENTS) {
            throw BudgetExceeded.tooLarge(new Reason("pdf.path", Map.of("page", pageNumber, "limit",
                    MOST_PATH_SEGMENTS)));
        }
        path.add(new Point2D[] {a, b});
    }

    private void add(Point2D a, Point2D b) {
        float x1 = (float) a.getX() - offsetX;
        float x2 = (float) b.getX() - offsetX;
        float y1 = top - (float) a.getY();
        float y2 = top - (float) b.getY();
        if (Math.abs(y1 - y2) < RULE && Math.abs(x1 - x2) >= RULE) {
            countRule();
            horizontal.add(new Segment(Math.min(x1, x2), Math.max(x1, x2), (y1 + y2) / 2));
        } else if (Math.abs(x1 - x2) < RULE && Math.abs(y1 - y2) >= RULE) {
            countRule();
            vertical.add(new Segment(Math.min(y1, y2), Math.max(y1, y2), (x1 + x2) / 2));
        }
    }

    private void countRule() {
        if (horizontal.size() + vertical.size() == MOST_RULES) {
            throw BudgetExceeded.tooLarge(new Reason("pdf.rules", Map.of("page", pageNumber, "limit", MOST_RULES)));
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

    /**
     * The rules of one direction indexed by the span they reach across (a segment tree over those spans' ends, each
     * node holding the rules that reach across all of it, in order of position), so that the nearest rule before or
     * after a position that reaches past a point is found in logarithmic time, however many rules stand between that
     * do not reach it.
     */
    private static final class Reach {
        private final List<Segment> rules;
        private final float[] ends;
        private final int units;
        private final List<List<Integer>> nodes;

        /** Indexes rules sorted by position. */
        Reach(List<Segment> rules) {
            this.rules = rules;
            ends = ends(rules);
            // Unit 2k is the point ends[k], unit 2k + 1 the open gap after it.
            units = Math.max(1, 2 * ends.length - 1);
            nodes = new ArrayList<>();
            for (int i = 0; i < 4 * units; i++) {
                nodes.add(new ArrayList<>());
            }
            for (int i = 0; i < rules.size(); i++) {
                Segment rule = rules.get(i);
                insert(1, 0, units - 1, 2 * Arrays.binarySearch(ends, rule.from() - RULE),
                        2 * Arrays.binarySearch(ends, rule.to() + RULE), i);
            }
        }

        /** The ends of the spans the rules reach across, sorted, each once. */
        private static float[] ends(List<Segment> rules) {
            float[] all = new float[2 * rules.size()];
            for (int i = 0; i < rules.size(); i++) {
                all[2 * i] = rules.get(i).from() - RULE;
                all[2 * i + 1] = rules.get(i).to() + RULE;
            }
            Arrays.sort(all);
            int distinct = 0;
            for (float end : all) {
                if (distinct == 0 || Float.compare(all[distinct - 1], end) != 0) {
                    all[distinct++] = end;
                }
            }
            return Arrays.copyOf(all, distinct);
        }

        private void insert(int node, int low, int high, int from, int to, int rule) {
            if (to < low || high < from) {
                return;
            }
            if (from <= low && high <= to) {
                nodes.get(node).add(rule);
                return;
            }
            int middle = (low + high) >>> 1;
            insert(2 * node, low, middle, from, to, rule);
            insert(2 * node + 1, middle + 1, high, from, to, rule);
        }

        /** The last rule at or before {@code position} that reaches past {@code across}. */
        Optional<Segment> before(float position, float across) {
            int best = -1;
            for (List<Integer> holding : holding(across)) {
                int last = firstAfter(holding, position) - 1;
                if (last >= 0) {
                    best = Math.max(best, holding.get(last));
                }
            }
            return best < 0 ? Optional.empty() : Optional.of(rules.get(best));
        }

        /** The first rule at or after {@code position} that reaches past {@code across}. */
        Optional<Segment> after(float position, float across) {
            int best = Integer.MAX_VALUE;
            for (List<Integer> holding : holding(across)) {
                int first = firstAtOrAfter(holding, position);
                if (first < holding.size()) {
                    best = Math.min(best, holding.get(first));
                }
            }
            return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(rules.get(best));
        }

        /** The lists of the nodes on the way to the unit holding {@code across}: every rule reaching past it. */
        private List<List<Integer>> holding(float across) {
            int found = Arrays.binarySearch(ends, across);
            int unit = found >= 0 ? 2 * found : 2 * (-found - 2) + 1;
            if (unit < 0 || unit >= units) {
                return List.of();
            }
            List<List<Integer>> lists = new ArrayList<>();
            int node = 1;
            int low = 0;
            int high = units - 1;
            while (true) {
                lists.add(nodes.get(node));
                if (low == high) {
                    return lists;
                }
                int middle = (low + high) >>> 1;
                node = 2 * node + (unit <= middle ? 0 : 1);
                low = unit <= middle ? low : middle + 1;
                high = unit <= middle ? middle : high;
            }
        }

        private int firstAfter(List<Integer> holding, float position) {
            int low = 0;
            int high = holding.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (rules.get(holding.get(middle)).at() <= position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        private int firstAtOrAfter(List<Integer> holding, float position) {
            int low = 0;
            int high = holding.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (rules.get(holding.get(middle)).at() < position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
