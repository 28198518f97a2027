package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.HostileWorkbooks;
import cn.nianbao.annualreport.workbook.Span;
import cn.nianbao.annualreport.workbook.TableLayout;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's tables pasted into an ordinary workbook, merged cells and numbers as numbers, read back cell for cell. */
class SpreadsheetReportTest {

    @TempDir
    Path dir;

    @Test
    void readsTablesPastedIntoAForeignWorkbook() throws Exception {
        Map<String, String> expected = RenderedSeed.expected();
        Path file = dir.resolve("pasted.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(RenderedSeed.TITLE);
            for (TableLayout layout : RenderedSeed.tables()) {
                sheet.createRow(r++).createCell(0).setCellValue(layout.table().title());
                int origin = r - 1;
                for (Span span : layout.spans()) {
                    if (span.role() == Span.Role.TITLE) {
                        continue;
                    }
                    int first = origin + span.firstRow();
                    Row row = sheet.getRow(first) == null ? sheet.createRow(first) : sheet.getRow(first);
                    Cell cell = row.createCell(span.firstColumn());
                    String text = RenderedSeed.text(span, expected);
                    if (span.code().isPresent() && !text.isEmpty()) {
                        cell.setCellValue(new BigDecimal(text).doubleValue());
                    } else {
                        cell.setCellValue(text);
                    }
                    if (span.isMerged()) {
                        sheet.addMergedRegion(new CellRangeAddress(first, origin + span.lastRow(), span.firstColumn(),
                                span.lastColumn()));
                    }
                }
                r = origin + RenderedSeed.lastRow(layout) + 1;
            }
            workbook.write(out);
        }
        ExtractedReport report = TextReportReader.withInstalledLabels(FormDefinitions.load())
                .read(SpreadsheetReport.read(file));
        assertEquals(expected, Expectation.cellsOf(report), report.findings().toString());
    }

    /** Numbers as the General format shows them, a giant as stored, runs of empty rows as one empty line. */
    @Test
    void showsNumbersAsTheGeneralFormatDoesAndEmptyRowsAsOneLine() throws Exception {
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData><row r=\"2\">"
                + "<c r=\"A2\" t=\"inlineStr\"><is><t> 规章 </t></is></c><c r=\"B2\"><v>0.30000000000000004</v></c>"
                + "<c r=\"C2\"><v>1E10000000</v></c><c r=\"D2\"><v>1.5E1</v></c><c r=\"E2\" t=\"b\"><v>1</v></c>"
                + "<c r=\"G2\" t=\"e\"><v>#DIV/0!</v></c></row>");
        for (int row = 10; row < 2_000; row++) {
            sheet.append("<row r=\"").append(row).append("\"><c r=\"A").append(row)
                    .append("\" t=\"inlineStr\"><is><t>").append("同一段文字".repeat(20)).append("</t></is></c></row>");
        }
        sheet.append("</sheetData></worksheet>");
        Path file = dir.resolve("numbers.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            HostileWorkbooks.put(zip, "xl/workbook.xml", HostileWorkbooks.ONE_SHEET_WORKBOOK);
            HostileWorkbooks.put(zip, "xl/_rels/workbook.xml.rels", HostileWorkbooks.ONE_SHEET_RELS);
            HostileWorkbooks.put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        }
        ReportText text = SpreadsheetReport.read(file);
        assertEquals(List.of("", "规章\t0.3\t1E10000000\t15\tTRUE\t\t#DIV/0!", ""), text.lines().subList(0, 3));
        assertEquals(List.of("工作表“Sheet1”第 1 行", "工作表“Sheet1”第 2 行", "工作表“Sheet1”第 3 行"),
                text.places().subList(0, 3).stream().map(Object::toString).toList());
        assertEquals(3 + 1_990, text.lines().size());
    }

    /**
     * Issue 11: a 5 KB sheet of 400,000 empty rows. Before the fix it went through POI, which refused it in English
     * ("Zip bomb detected! The file would exceed the max. ratio…"), and that text was the reason users saw.
     */
    @Test
    void readsEmptyRowsThatPoiTookForAZipBomb() throws Exception {
        Path file = dir.resolve("empty-rows.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            HostileWorkbooks.put(zip, "xl/workbook.xml", HostileWorkbooks.ONE_SHEET_WORKBOOK);
            HostileWorkbooks.put(zip, "xl/_rels/workbook.xml.rels", HostileWorkbooks.ONE_SHEET_RELS);
            HostileWorkbooks.put(zip, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
                    + "t=\"inlineStr\"><is><t>一、总体情况</t></is></c></row>" + "<row/>".repeat(400_000)
                    + "</sheetData></worksheet>");
        }
        assertEquals(List.of("一、总体情况"), SpreadsheetReport.read(file).lines());
    }
}
