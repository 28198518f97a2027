package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
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
 */
public final class DocxReport {

    private DocxReport() {
    }

    /** The text of a .docx file, each line placed by its paragraph or by its table and row. */
    public static ReportText read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            Collector collector = new Collector();
            collector.append(elements(document.getDocument().getBody(), document));
            return new ReportText(collector.lines, collector.places, true);
        }
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
    static List<IBodyElement> elements(XmlObject container, IBody body) {
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
                    found.addAll(elements(control.getSdtContent(), body));
                }
            } while (cursor.toNextSibling());
        }
        return found;
    }

    /** Gathers the document's lines: paragraphs one per line, table rows one per line on the table's grid. */
    private static final class Collector {
        private final List<String> lines = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private int paragraphs;
        private int tables;

        void append(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph paragraph) {
                    String place = "第 " + ++paragraphs + " 段";
                    paragraph.getText().lines().forEach(line -> {
                        lines.add(line);
                        places.add(place);
                    });
                } else if (element instanceof XWPFTable table && isLayout(table)) {
                    table.getRows().forEach(row -> row.getTableCells().forEach(cell -> append(elements(cell.getCTTc(),
                            cell))));
                } else if (element instanceof XWPFTable table) {
                    tables++;
                    for (int r = 0; r < table.getRows().size(); r++) {
                        lines.add(String.join("\t", cells(table.getRows().get(r))));
                        places.add("第 " + tables + " 个表格第 " + (r + 1) + " 行");
                    }
                }
            }
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        CTTrPr rowProperties = row.getCtRow().getTrPr();
        int before = rowProperties == null ? 0 : rowProperties.getGridBeforeList().stream()
                .mapToInt(n -> n.getVal().intValue()).sum();
        for (int i = 0; i < before; i++) {
            cells.add("");
        }
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean continued = properties != null && properties.isSetVMerge()
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(continued ? "" : text(cell));
            int span = properties != null && properties.isSetGridSpan()
                    ? properties.getGridSpan().getVal().intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
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
