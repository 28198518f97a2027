package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.Location;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word (.docx) report as lines of text: paragraphs one per line, and each table row as one line of tab-separated
 * cells on the table's grid. A cell spanning columns ({@code gridSpan}) leaves the positions it covers empty, a
 * cell continuing a vertical merge ({@code vMerge}) is empty, and grid columns a row skips before its first cell
 * ({@code gridBefore}) are empty positions, so that every figure keeps its column. A cell's paragraphs are one
 * cell; a cell holding only white space (Word's non-breaking spaces) is empty. A table that holds another table
 * only lays out the page (a frame around the whole report): its cells are read as body text, and the tables inside
 * them as tables of their own. Paragraphs and tables inside block content controls ({@code w:sdt}) are read where
 * they stand.
 *
 * <p>Tables larger than any report's (rows, cells, spans, nesting) are refused as too large, measured before POI
 * builds them ({@link DocxStructure}); POI's failures on a damaged file become one reason.
 */
final class DocxReport {

    /**
     * The most grid columns a table row may take (cells, their spans and the columns skipped before them). The
     * official tables have 13 columns at most and no report's table has 100; a span of 2147483647 is a hostile file.
     */
    static final int MOST_COLUMNS = 1_000;

    private DocxReport() {
    }

    /**
     * The text of a .docx file, each line placed by its paragraph or by its table and row; fails with a reason
     * for a damaged file, and with {@link BudgetExceeded} for a table larger than any report's.
     */
    public static ReportText read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); OPCPackage docx = OPCPackage.open(in)) {
            DocxStructure.measure(docx);
            XWPFDocument document = new XWPFDocument(docx);
            CTBody body = document.getDocument().getBody();
            if (body == null) {
                throw new ReadRefusal(Reason.of("docx.no-body"));
            }
            Collector collector = new Collector();
            collector.append(elements(body, document, 0), 0);
            return new ReportText(collector.lines, collector.places, true);
        } catch (InvalidFormatException e) {
            throw damaged(e);
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            if (Library.POI.threw(e)) {
                throw damaged(e);
            }
            throw e;
        }
    }

    /** Why a .docx that POI fails on is not read, by what it means: POI's own messages are English. */
    static IOException damaged(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (failure instanceof StackOverflowError) {
            return new ReadRefusal(Reason.of("docx.nested"), failure);
        }
        if (failure instanceof LinkageError) {
            return new ReadRefusal(Reason.of("docx.compression"), failure);
        }
        if (message.contains("Zip bomb detected")) {
            return new ReadRefusal(Reason.of("docx.bomb"), failure);
        }
        if (failure instanceof NotOfficeXmlFileException || failure instanceof InvalidFormatException) {
            return new ReadRefusal(Reason.of("docx.not-docx"), failure);
        }
        return new ReadRefusal(Reason.of("docx.damaged"), failure);
    }

    /**
     * Whether a table only frames the report (a one-cell border around the whole text, a page laid out in a
     * table): one of its cells holds a table of its own. Its cells are then read as body text, their tables as
     * tables.
     */
    static boolean isLayout(XWPFTable table) {
        return table.getRows().stream().flatMap(row -> row.getTableCells().stream())
                .anyMatch(cell -> !cell.getTables().isEmpty());
    }

    /**
     * The paragraphs and tables of a document body or table cell in their order, those inside block content
     * controls ({@code w:sdt}, which templates with form fields wrap around tables and paragraphs) included.
     */
    static List<IBodyElement> elements(XmlObject container, IBody body, int depth) {
        nested(depth);
        List<IBodyElement> found = new ArrayList<>();
        try (XmlCursor cursor = container.newCursor()) {
            if (!cursor.toFirstChild()) {
                return found;
            }
            do {
                XmlObject child = cursor.getObject();
                if (child instanceof CTP paragraph) {
                    found.add(new XWPFParagraph(paragraph, body));
                } else if (child instanceof CTTbl table) {
                    found.add(new XWPFTable(table, body));
                } else if (child instanceof CTSdtBlock control && control.getSdtContent() != null) {
                    found.addAll(elements(control.getSdtContent(), body, depth + 1));
                }
            } while (cursor.toNextSibling());
        }
        return found;
    }

    private static void nested(int depth) {
        if (depth > DocxStructure.MOST_NESTING) {
            throw BudgetExceeded.tooLarge(Reason.of("docx.nesting", "limit", DocxStructure.MOST_NESTING));
        }
    }

    /** Gathers the document's lines: paragraphs one per line, table rows one per line on the table's grid. */
    private static final class Collector {
        private final List<String> lines = new ArrayList<>();
        private final List<Location> places = new ArrayList<>();
        private int paragraphs;
        private int tables;

        void append(List<IBodyElement> elements, int depth) {
            nested(depth);
            for (IBodyElement element : elements) {
                FileBudget.checkpoint();
                if (element instanceof XWPFParagraph paragraph) {
                    Location place = new Location.Paragraph(++paragraphs);
                    paragraph.getText().lines().forEach(line -> {
                        lines.add(line);
                        places.add(place);
                    });
                } else if (element instanceof XWPFTable table && isLayout(table)) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            append(elements(cell.getCTTc(), cell, depth + 1), depth + 1);
                        }
                    }
                } else if (element instanceof XWPFTable table) {
                    tables++;
                    List<XWPFTableRow> rows = table.getRows();
                    for (int r = 0; r < rows.size(); r++) {
                        FileBudget.checkpoint();
                        lines.add(String.join("\t", cells(rows.get(r))));
                        places.add(new Location.TableRow(tables, r + 1));
                    }
                }
            }
        }
    }

    /**
     * A row's cells on the table's grid; throws {@link BudgetExceeded} when the row takes more than
     * {@link #MOST_COLUMNS} columns.
     */
    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        CTTrPr rowProperties = row.getCtRow().getTrPr();
        long before = 0;
        if (rowProperties != null) {
            for (CTDecimalNumber skipped : rowProperties.getGridBeforeList()) {
                before += columns(skipped.getVal(), 0);
            }
        }
        fill(cells, before);
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean continued = properties != null && properties.isSetVMerge()
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            long span = properties != null && properties.isSetGridSpan()
                    ? columns(properties.getGridSpan().getVal(), 1) : 1;
            fill(cells, 1);
            cells.set(cells.size() - 1, continued ? "" : text(cell));
            fill(cells, span - 1);
        }
        return cells;
    }

    /**
     * A count of grid columns as Word writes it ({@code w:gridSpan}, {@code w:gridBefore}), {@code absent} when it has
     * none; throws {@link BudgetExceeded} beyond {@link #MOST_COLUMNS}.
     */
    private static long columns(BigInteger count, long absent) {
        if (count == null) {
            return absent;
        }
        if (count.compareTo(BigInteger.valueOf(MOST_COLUMNS)) > 0) {
            throw BudgetExceeded.tooLarge(new Reason("docx.span", Map.of("count", count, "limit", MOST_COLUMNS)));
        }
        return Math.max(0, count.longValue());
    }

    /** Adds {@code count} empty positions to a row, as long as the row stays within {@link #MOST_COLUMNS}. */
    private static void fill(List<String> cells, long count) {
        if (cells.size() + count > MOST_COLUMNS) {
            throw BudgetExceeded.tooLarge(Reason.of("docx.row-columns", "limit", MOST_COLUMNS));
        }
        for (long i = 0; i < count; i++) {
            cells.add("");
        }
    }

    /**
     * A cell's text as one line: its paragraphs joined by a space (two paragraphs "1" and "2" never read as 12),
     * non-breaking and ideographic spaces as spaces, stripped.
     */
    static String text(XWPFTableCell cell) {
        List<String> pieces = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            paragraph.getText().lines().map(DocxReport::plain).filter(p -> !p.isEmpty()).forEach(pieces::add);
        }
        return String.join(" ", pieces);
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("[ \\t]+", " ").strip();
    }
}
