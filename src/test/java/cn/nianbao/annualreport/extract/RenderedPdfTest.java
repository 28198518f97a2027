package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.Span;
import cn.nianbao.annualreport.workbook.TableLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF report drawn the way word processors print one reads back cell for cell: each table a grid of stroked
 * rules with merged cells, long labels wrapped over several lines inside their cells, 三、本年度办理结果 one
 * character per line in its narrow column, and the long requests table broken across pages without a repeated
 * header, with page numbers at the foot of each page. Figures and Latin text are set in Times beside the embedded
 * Chinese font (which has no digits), as Word prints them.
 */
class RenderedPdfTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 72;
    private static final float TABLE_WIDTH = 500;
    private static final float LEFT = (PAGE.getWidth() - TABLE_WIDTH) / 2;
    /** The share of the table's width the row labels take. */
    private static final float LABEL_SHARE = 0.45f;
    /** The width of the first of several label columns, too narrow for two characters. */
    private static final float NARROW = 20;
    private static final float ROW = 18;
    private static final float PAD = 3;
    private static final float CELL_FONT = 9;
    private static final float LEADING = CELL_FONT * 1.25f;

    @TempDir
    Path dir;

    @Test
    void readsRuledTablesWithWrappedLabelsAcrossPageBreaks() throws Exception {
        Map<String, String> expected = RenderedSeed.expected();
        ReportText text = PdfReport.read(render(expected));
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load()).read(text);
        assertEquals(expected, Expectation.cellsOf(report), report.findings().toString());
        assertEquals("2021", report.form().edition());
        assertEquals(2024, report.year().orElseThrow().value());
        assertFalse(report.hasErrors(), report.findings().toString());
    }

    @Test
    void breaksTheRequestsTableAcrossPages() throws Exception {
        Path file = render(RenderedSeed.expected());
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertTrue(document.getNumberOfPages() > 1, "one page only");
        }
        List<String> lines = PdfReport.read(file).lines();
        String title = RenderedSeed.tables().stream().map(l -> l.table().title()).filter(t -> t.startsWith("三、"))
                .findFirst().orElseThrow();
        int first = lines.indexOf(title);
        int last = lines.stream().filter(l -> l.startsWith("四、结转下年度继续办理")).findFirst()
                .map(lines::indexOf).orElse(-1);
        assertTrue(first >= 0 && first < last && lines.subList(first, last).contains("-1-"),
                String.join("\n", lines));
    }

    /** Writes the report: title, narrative, each table under its title, closing section. */
    private Path render(Map<String, String> expected) throws IOException {
        assertTrue(Files.isReadable(FONT), "the CJK font " + FONT + " is missing (install fonts-droid-fallback)");
        Path file = dir.resolve("report.pdf");
        try (PDDocument document = new PDDocument()) {
            try (Pages pages = new Pages(document, PDType0Font.load(document, FONT.toFile()))) {
                pages.line(RenderedSeed.TITLE, 16);
                pages.line("一、总体情况", 12);
                pages.line("本局严格落实政府信息公开条例，依法及时公开政府信息。", 10.5f);
                for (TableLayout layout : RenderedSeed.tables()) {
                    pages.line(layout.table().title(), 12);
                    table(pages, layout, expected);
                }
                pages.line("五、存在的主要问题及改进情况", 12);
                pages.line("公开内容还不够丰富，下一步将加强培训，提升公开质量。", 10.5f);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A span with its text wrapped to its width. */
    private record Cell(Span span, float left, float right, List<String> lines) {
    }

    /**
     * Draws a table row by row down the pages, starting a new page where the next row does not fit; each span is a
     * ruled rectangle, and a span crossing a page break is drawn in parts, open at the break, its text in the first.
     */
    private static void table(Pages pages, TableLayout layout, Map<String, String> expected) throws IOException {
        float[] x = columnEdges(layout);
        List<Cell> cells = new ArrayList<>();
        for (Span span : layout.spans()) {
            if (span.role() != Span.Role.TITLE) {
                float left = x[span.firstColumn()];
                float right = x[span.lastColumn() + 1];
                String text = RenderedSeed.text(span, expected);
                cells.add(new Cell(span, left, right, pages.wrap(text, right - left - 2 * PAD)));
            }
        }
        float[] height = rowHeights(cells, RenderedSeed.lastRow(layout));
        int[] page = new int[height.length];
        float[] top = new float[height.length];
        for (int row = 1; row < height.length; row++) {
            pages.room(height[row]);
            page[row] = pages.pageIndex();
            top[row] = pages.advance(height[row]);
        }
        for (Cell cell : cells) {
            int from = cell.span().firstRow();
            for (int row = from; row <= cell.span().lastRow(); row++) {
                if (row == cell.span().lastRow() || page[row + 1] != page[row]) {
                    part(pages, cell, page[row], top[from], top[row] + height[row], from, row);
                    from = row + 1;
                }
            }
        }
        pages.advance(LEADING);
    }

    /** The part of a cell on one page, rows {@code from..to}: its rules, and its text if it holds the first row. */
    private static void part(Pages pages, Cell cell, int page, float top, float bottom, int from, int to)
            throws IOException {
        Span span = cell.span();
        pages.rule(page, cell.left(), top, cell.left(), bottom);
        pages.rule(page, cell.right(), top, cell.right(), bottom);
        if (to == span.lastRow()) {
            pages.rule(page, cell.left(), bottom, cell.right(), bottom);
        }
        if (from == span.firstRow()) {
            pages.rule(page, cell.left(), top, cell.right(), top);
            float textTop = top + (bottom - top - cell.lines().size() * LEADING) / 2;
            if (textTop < top) {
                throw new IllegalStateException(span.text() + " does not fit on its page; change the page layout");
            }
            for (String line : cell.lines()) {
                float x = span.role() == Span.Role.LABEL ? cell.left() + PAD
                        : (cell.left() + cell.right() - pages.width(line, CELL_FONT)) / 2;
                pages.write(page, line, x, textTop + (LEADING - CELL_FONT) / 2, CELL_FONT);
                textTop += LEADING;
            }
        }
    }

    /**
     * Where each grid column starts, and the table's right edge: the labels take {@value #LABEL_SHARE} of the
     * width, the first of several label columns only {@value #NARROW} points; the figure columns share the rest.
     */
    private static float[] columnEdges(TableLayout layout) {
        int labels = layout.labelColumns();
        float labelWidth = labels == 0 ? 0 : TABLE_WIDTH * LABEL_SHARE;
        float figure = (TABLE_WIDTH - labelWidth) / (layout.width() - labels);
        float[] x = new float[layout.width() + 1];
        x[0] = LEFT;
        for (int c = 0; c < layout.width(); c++) {
            float width = c >= labels ? figure : labels == 1 ? labelWidth
                    : c == 0 ? NARROW : (labelWidth - NARROW) / (labels - 1);
            x[c + 1] = x[c] + width;
        }
        return x;
    }

    /** Each grid row's height (index 0, the title, is not drawn): {@value #ROW}, or more where a text needs it. */
    private static float[] rowHeights(List<Cell> cells, int lastRow) {
        float[] height = new float[lastRow + 1];
        Arrays.fill(height, 1, height.length, ROW);
        List<Cell> shortestFirst = new ArrayList<>(cells);
        shortestFirst.sort(Comparator.comparingInt(c -> c.span().lastRow() - c.span().firstRow()));
        for (Cell cell : shortestFirst) {
            float have = 0;
            for (int row = cell.span().firstRow(); row <= cell.span().lastRow(); row++) {
                have += height[row];
            }
            float need = cell.lines().size() * LEADING + 2 * PAD;
            if (need > have) {
                height[cell.span().lastRow()] += need - have;
            }
        }
        return height;
    }

    /**
     * The pages being written, each with its content stream open until the end so a table can draw on any of them,
     * and a cursor measured down from the top of the last page.
     */
    private static final class Pages implements Closeable {

        private final PDDocument document;
        private final PDType0Font chinese;
        private final PDFont western = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        private final List<PDPageContentStream> streams = new ArrayList<>();
        private float y;

        Pages(PDDocument document, PDType0Font chinese) {
            this.document = document;
            this.chinese = chinese;
        }

        /** Writes a line of text at the left margin, on a new page if it does not fit. */
        void line(String text, float size) throws IOException {
            room(size * 1.6f);
            write(pageIndex(), text, LEFT, y, size);
            advance(size * 1.6f);
        }

        /** Starts a new page unless {@code height} fits above the bottom margin. */
        void room(float height) throws IOException {
            if (streams.isEmpty() || y + height > PAGE.getHeight() - MARGIN) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                streams.add(new PDPageContentStream(document, page));
                y = MARGIN;
                String number = "-" + streams.size() + "-";
                write(pageIndex(), number, (PAGE.getWidth() - width(number, 10.5f)) / 2,
                        PAGE.getHeight() - MARGIN / 2, 10.5f);
            }
        }

        /** Moves the cursor down; returns where it stood. */
        float advance(float height) {
            float top = y;
            y += height;
            return top;
        }

        int pageIndex() {
            return streams.size() - 1;
        }

        /** Writes text with its top at {@code top} (measured down from the top of the page). */
        void write(int page, String text, float x, float top, float size) throws IOException {
            PDPageContentStream stream = streams.get(page);
            stream.beginText();
            stream.newLineAtOffset(x, PAGE.getHeight() - top - size * 0.88f);
            for (Run run : runs(text)) {
                stream.setFont(run.font(), size);
                stream.showText(run.text());
            }
            stream.endText();
        }

        /** Strokes a 0.5 pt rule (y measured down from the top of the page). */
        void rule(int page, float x1, float y1, float x2, float y2) throws IOException {
            PDPageContentStream stream = streams.get(page);
            stream.setLineWidth(0.5f);
            stream.moveTo(x1, PAGE.getHeight() - y1);
            stream.lineTo(x2, PAGE.getHeight() - y2);
            stream.stroke();
        }

        float width(String text, float size) throws IOException {
            float width = 0;
            for (Run run : runs(text)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
            return width;
        }

        /** Text in one font. */
        private record Run(PDFont font, String text) {
        }

        /**
         * The text split where the font changes: the Chinese font, and Times for what it lacks (digits, Latin
         * letters, quotation marks), as Word prints Chinese text with a Western font beside it.
         */
        private List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            PDFont font = null;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                int character = text.codePointAt(i);
                PDFont next = chinese.getCmapLookup().getGlyphId(character) == 0 ? western : chinese;
                if (next != font && font != null) {
                    runs.add(new Run(font, run.toString()));
                    run.setLength(0);
                }
                font = next;
                run.appendCodePoint(character);
            }
            if (font != null) {
                runs.add(new Run(font, run.toString()));
            }
            return runs;
        }

        /** Breaks cell text into lines no wider than {@code width}, between any two characters, as Chinese wraps. */
        List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                String character = Character.toString(text.codePointAt(i));
                if (!line.isEmpty() && width(line + character, CELL_FONT) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(character);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            for (PDPageContentStream stream : streams) {
                stream.close();
            }
        }
    }
}
