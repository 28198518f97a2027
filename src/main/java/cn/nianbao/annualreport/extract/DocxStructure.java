package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;

/**
 * The size of a .docx's tables, measured by streaming its XML before POI builds its objects: POI reaches a table's
 * rows, and a row's cells, by position, each in time growing with their count, so that a table of 20,000 rows takes
 * minutes to open. Larger tables, rows or nesting than any report has are refused with {@link BudgetExceeded}.
 */
final class DocxStructure {

    /**
     * The most rows one table may have. The official tables have fewer than 100, an appendix listing a year's
     * documents a few hundred; POI opens a table of 1,000 rows in a tenth of a second, one of 20,000 in minutes.
     */
    static final int MOST_ROWS = 1_000;
    /** The most rows all tables of a document may have together: many tables of many rows take as long as one. */
    static final int MOST_ROWS_IN_DOCUMENT = 10_000;
    /** The most cells (w:tc) a row may have. The official tables have 13 columns at most. */
    static final int MOST_CELLS_IN_ROW = 200;
    /**
     * How deep tables (a frame table holding the report's tables) and content controls may nest. Templates nest two
     * or three levels.
     */
    static final int MOST_NESTING = 50;

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** How many XML events are read between two looks at the file's deadline. */
    private static final int EVENTS_PER_CHECKPOINT = 4096;

    /** Each open table or content control, innermost first, with its rows so far and its current row's cells. */
    private final Deque<int[]> open = new ArrayDeque<>();
    private int rows;
    private int events;

    private DocxStructure() {
    }

    /** Measures every part of the document's text (body, headers, footers, notes); throws when one is too large. */
    static void measure(OPCPackage docx) throws IOException, InvalidFormatException {
        DocxStructure structure = new DocxStructure();
        for (PackagePart part : docx.getParts()) {
            String name = part.getPartName().getName();
            if (name.startsWith("/word/") && name.endsWith(".xml")) {
                try (InputStream in = part.getInputStream()) {
                    structure.read(in);
                } catch (XMLStreamException e) {
                    throw new ReadRefusal(Reason.of("docx.xml"), e);
                }
            }
        }
    }

    private void read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                int event = next(xml);
                if (++events % EVENTS_PER_CHECKPOINT == 0) {
                    FileBudget.checkpoint();
                }
                if (event == XMLStreamConstants.START_ELEMENT && WORD.equals(xml.getNamespaceURI())) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT && WORD.equals(xml.getNamespaceURI())) {
                    end(xml.getLocalName());
                }
            }
        } finally {
            xml.close();
        }
    }

    /**
     * The next event. The parser throws runtime exceptions too on some malformed XML (an element named xmlns); they
     * are malformed XML as much as its stream exceptions.
     */
    private static int next(XMLStreamReader xml) throws XMLStreamException {
        try {
            return xml.next();
        } catch (RuntimeException e) {
            throw new XMLStreamException(e);
        }
    }

    /** Counts the nesting of tables and content controls, the rows of each and of all, and the cells of a row. */
    private void start(String element) {
        switch (element) {
            case "tbl", "sdt" -> {
                open.push(new int[] {0, 0});
                if (open.size() > MOST_NESTING) {
                    throw BudgetExceeded.tooLarge(Reason.of("docx.nesting", "limit", MOST_NESTING));
                }
            }
            case "tr" -> {
                if (!open.isEmpty()) {
                    open.peek()[1] = 0;
                    if (++open.peek()[0] > MOST_ROWS) {
                        throw BudgetExceeded.tooLarge(Reason.of("docx.table-rows", "limit", MOST_ROWS));
                    }
                }
                if (++rows > MOST_ROWS_IN_DOCUMENT) {
                    throw BudgetExceeded.tooLarge(Reason.of("docx.document-rows", "limit", MOST_ROWS_IN_DOCUMENT));
                }
            }
            case "tc" -> {
                if (!open.isEmpty() && ++open.peek()[1] > MOST_CELLS_IN_ROW) {
                    throw BudgetExceeded.tooLarge(Reason.of("docx.row-cells", "limit", MOST_CELLS_IN_ROW));
                }
            }
            default -> {
            }
        }
    }

    private void end(String element) {
        if ((element.equals("tbl") || element.equals("sdt")) && !open.isEmpty()) {
            open.pop();
        }
    }
}
