package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.Span;
import cn.nianbao.annualreport.workbook.TableLayout;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A Word report whose tables merge cells as the official tables do (gridSpan, vMerge) reads back cell for cell. */
class DocxReportTest {

    @TempDir
    Path dir;

    @Test
    void readsTablesWithMergedCellsFromAWordDocument() throws Exception {
        Map<String, String> expected = RenderedSeed.expected();
        Path file = dir.resolve("report.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(RenderedSeed.TITLE);
            document.createParagraph().createRun().setText("一、总体情况");
            for (TableLayout layout : RenderedSeed.tables()) {
                document.createParagraph().createRun().setText(layout.table().title());
                table(document.createTable(), layout, expected);
            }
            document.createParagraph().createRun().setText("五、存在的主要问题及改进情况");
            document.write(out);
        }
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load())
                .read(DocxReport.read(file));
        assertEquals(expected, Expectation.cellsOf(report), report.findings().toString());
        assertEquals("2021", report.form().edition());
    }

    /** Word's own way of merging: the first cell of a horizontal run spans the grid, a vertical run is vMerged. */
    private static void table(XWPFTable table, TableLayout layout, Map<String, String> expected) {
        for (int r = 1; r <= RenderedSeed.lastRow(layout); r++) {
            XWPFTableRow row = r == 1 ? table.getRow(0) : table.insertNewTableRow(r - 1);
            if (r == 1) {
                row.removeCell(0);
            }
            for (Span span : RenderedSeed.inRow(layout, r)) {
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr properties = cell.getCTTc().addNewTcPr();
                if (span.lastColumn() > span.firstColumn()) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(span.lastColumn() - span.firstColumn() + 1));
                }
                if (span.lastRow() > span.firstRow()) {
                    properties.addNewVMerge().setVal(r == span.firstRow() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (r == span.firstRow()) {
                    cell.setText(RenderedSeed.text(span, expected));
                }
            }
        }
    }

    @Test
    void readsTheTablesInsideAFrameTableAsTablesAndItsTextAsParagraphs() throws Exception {
        Path file = dir.resolve("framed.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTableCell frame = document.createTable().getRow(0).getCell(0);
            frame.setText("某县2023年政府信息公开工作年度报告");
            XWPFTable inner = frame.insertNewTbl(frame.addParagraph().getCTP().newCursor());
            XWPFTableRow row = inner.createRow();
            while (row.getTableCells().size() < 2) {
                row.addNewTableCell();
            }
            row.getCell(0).setText("规章");
            row.getCell(1).setText("12");
            frame.addParagraph().createRun().setText("五、存在的主要问题及改进情况");
            document.write(out);
        }
        ReportText text = DocxReport.read(file);
        assertEquals(List.of("某县2023年政府信息公开工作年度报告", "规章\t12", "五、存在的主要问题及改进情况"),
                text.lines().stream().filter(line -> !line.isBlank()).toList());
    }

    @Test
    void readsATableInsideABlockContentControl() throws Exception {
        Path file = dir.resolve("controls.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("二、主动公开政府信息情况");
            CTSdtBlock control = document.getDocument().getBody().addNewSdt();
            XWPFTable table = new XWPFTable(control.addNewSdtContent().addNewTbl(), document, 1, 2);
            table.getRow(0).getCell(0).setText("规章");
            table.getRow(0).getCell(1).setText("7");
            document.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            document.write(out);
        }
        assertEquals(List.of("二、主动公开政府信息情况", "规章\t7", "三、收到和处理政府信息公开申请情况"),
                DocxReport.read(file).lines().stream().filter(line -> !line.isBlank()).toList());
    }

    @Test
    void refusesAPartCompressedWithZstandardInChinese() throws Exception {
        // Found by DocxReportFuzzTest: NoClassDefFoundError (zstd-jni is not shipped) escaped every catch.
        byte[] docx = RawDocx.withBody("<w:p/>");
        docx[8] = 20;
        Path file = Files.write(dir.resolve("zstd.docx"), docx);
        IOException e = assertThrows(IOException.class, () -> DocxReport.read(file));
        assertEquals("文件使用了不支持的压缩方式，无法读取：请在 Word 或 WPS 中打开，另存为 .docx 后再试", e.getMessage());
    }

    @Test
    void refusesADocumentWithoutABodyInChinese() throws Exception {
        // Found by DocxReportFuzzTest: NullPointerException on the missing w:body.
        Path file = Files.write(dir.resolve("no-body.docx"), RawDocx.withDocument(("<w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>").getBytes(StandardCharsets.UTF_8)));
        IOException e = assertThrows(IOException.class, () -> DocxReport.read(file));
        assertEquals("Word 文档中没有正文，文件可能已损坏：请在 Word 或 WPS 中打开，另存为 .docx 后再试", e.getMessage());
    }

    @Test
    void refusesMalformedXmlThatTheParserFailsOnWithARuntimeExceptionInChinese() throws Exception {
        // Found by DocxReportFuzzTest: the XML parser's RuntimeException on an element named xmlns escaped.
        Path file = Files.write(dir.resolve("xmlns.docx"), RawDocx.withDocument(("<w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><xmlns:w/></w:body>"
                + "</w:document>").getBytes(StandardCharsets.UTF_8)));
        IOException e = assertThrows(IOException.class, () -> DocxReport.read(file));
        assertEquals("Word 文档的 XML 已损坏，无法读取：请在 Word 或 WPS 中打开，另存为 .docx 后再试", e.getMessage());
    }
}
