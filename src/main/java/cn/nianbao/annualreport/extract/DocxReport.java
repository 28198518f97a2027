package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word (.docx) report as lines of text: paragraphs one per line, and each table row as one line of tab-separated
 * cells on the table's grid. A cell spanning columns ({@code gridSpan}) leaves the positions it covers empty, and a
 * cell continuing a vertical merge ({@code vMerge}) is empty, so that every figure keeps its column.
 */
public final class DocxReport {

    private DocxReport() {
    }

    /** The text of a .docx file, each line placed by its paragraph or by its table and row. */
    public static ReportText read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            List<String> lines = new ArrayList<>();
            List<String> places = new ArrayList<>();
            int paragraphs = 0;
            int tables = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String place = "第 " + ++paragraphs + " 段";
                    paragraph.getText().lines().forEach(line -> {
                        lines.add(line);
                        places.add(place);
                    });
                } else if (element instanceof XWPFTable table) {
                    tables++;
                    for (int r = 0; r < table.getRows().size(); r++) {
                        lines.add(String.join("\t", cells(table.getRows().get(r))));
                        places.add("第 " + tables + " 个表格第 " + (r + 1) + " 行");
                    }
                }
            }
            return new ReportText(lines, places);
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean continued = properties != null && properties.isSetVMerge()
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(continued ? "" : cell.getText().strip().replaceAll("\\s*\\n\\s*", ""));
            int span = properties != null && properties.isSetGridSpan()
                    ? properties.getGridSpan().getVal().intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }
}
