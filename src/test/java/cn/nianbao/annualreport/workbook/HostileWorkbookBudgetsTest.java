package cn.nianbao.annualreport.workbook;

import static cn.nianbao.annualreport.workbook.HostileWorkbooks.ONE_SHEET_RELS;
import static cn.nianbao.annualreport.workbook.HostileWorkbooks.ONE_SHEET_WORKBOOK;
import static cn.nianbao.annualreport.workbook.HostileWorkbooks.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.nianbao.annualreport.Answered;
import cn.nianbao.annualreport.extract.ReportText;
import cn.nianbao.annualreport.extract.SpreadsheetReport;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 1: workbooks small on disk that a spreadsheet engine spends 20 to 36 seconds (and the heap) on,
 * each answered within 5 seconds in a JVM of 256 MB, by the reader or by the reading of a pasted report. Before
 * the fix, both went through POI: every row up to row 1,048,576 and every cell up to column XFD became text, every
 * empty cell and style record an object.
 */
@Tag("hostile")
class HostileWorkbookBudgetsTest {

    private static final String RELS_WITH_PARTS = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            styles" Target="styles.xml"/></Relationships>""";

    @TempDir
    Path dir;

    @Test
    void readsAWorkbookWithRowsAtTheLastRowAsAFewLines() throws IOException {
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData>");
        sheet.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一、总体情况</t></is></c></row>");
        for (int row = 1_048_000; row <= 1_048_576; row++) {
            sheet.append("<row r=\"").append(row).append("\"/>");
        }
        sheet.append("<row r=\"1048576\"><c r=\"B1048576\"><v>7</v></c></row></sheetData></worksheet>");
        Path file = workbook("last-row.xlsx", sheet.toString());
        assertTrue(Files.size(file) < 8 * 1024, "about 7 KB on disk: " + Files.size(file));

        ReportText text = Answered.within5Seconds(() -> SpreadsheetReport.read(file));
        assertEquals(List.of("一、总体情况", "", "\t7"), text.lines());
        assertEquals("工作表“Sheet1”第 1048576 行", text.places().get(2).toString());
    }

    @Test
    void refusesAPastedReportWithACellAtColumnXfdInTwentyThousandRows() throws IOException {
        Path file = workbook("column-xfd.xlsx", rows(20_000, row -> "<c r=\"XFD" + row + "\"><v>1</v></c>"));
        BudgetExceeded e = assertThrows(BudgetExceeded.class,
                () -> Answered.within5Seconds(() -> SpreadsheetReport.read(file)));
        assertEquals("内容过大：工作表“Sheet1”第 1 行第 16384 列有内容，超过上限 50 列（年报的表格不超过 20 列）",
                e.getMessage());
    }

    @Test
    void refusesAPastedReportLargerThanAnyReport() throws IOException {
        Path file = workbook("large-grid.xlsx", rows(3_000, row -> "<c r=\"AN" + row + "\"><v>1</v></c>"));
        BudgetExceeded e = assertThrows(BudgetExceeded.class,
                () -> Answered.within5Seconds(() -> SpreadsheetReport.read(file)));
        assertEquals("内容过大：表格区域共 120000 格（按每行到最后一个非空单元格计），超过上限 50000 格", e.getMessage());
    }

    @Test
    void refusesThreeMillionEmptyCells() throws IOException {
        Path file = workbook("empty-cells.xlsx", rows(3_000, row -> ("<c r=\"A" + row + "\"/>").repeat(1_000)));
        assertRefusedAsTooLarge(file, "内容过大：工作表共有超过 200000 个单元格（含空单元格），远超任何年报所需");
    }

    @Test
    void refusesAStylesPartOfNineHundredThousandRecords() throws IOException {
        Path file = dir.resolve("styles.xlsx");
        try (ZipOutputStream zip = zip(file)) {
            put(zip, "xl/workbook.xml", ONE_SHEET_WORKBOOK);
            put(zip, "xl/_rels/workbook.xml.rels", RELS_WITH_PARTS);
            put(zip, "xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>");
            put(zip, "xl/styles.xml", "<styleSheet><cellXfs count=\"900000\">"
                    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>".repeat(900_000)
                    + "</cellXfs></styleSheet>");
        }
        assertRefusedAsTooLarge(file, "内容过大：样式表有超过 100000 条样式记录，Excel 自身最多 65490 种单元格格式");
    }

    @Test
    void refusesHugeSharedStringParts() throws IOException {
        Path many = sharedStrings("many-strings.xlsx", "<si><t>甲</t></si>".repeat(1_000_000));
        UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class,
                () -> Answered.within5Seconds(() -> WorkbookReader.read(many)));
        assertEquals("共享字符串过多：超过 100000 个", e.getMessage());

        Path runs = sharedStrings("empty-runs.xlsx", "<si>" + "<r/>".repeat(3_000_000) + "</si>");
        assertRefusedAsTooLarge(runs, "内容过大：工作簿有超过 200 万个 XML 元素，远超任何年报所需");
    }

    @Test
    void readsEmptyRowsWithoutCountingThemAsCells() throws IOException {
        Path file = workbook("empty-rows.xlsx", rows(500_000, row -> ""));
        WorkbookContents contents = Answered.within5Seconds(() -> WorkbookReader.read(file));
        assertEquals(List.of("Sheet1"), contents.sheets());
        assertTrue(contents.cells().isEmpty());
    }

    private void assertRefusedAsTooLarge(Path file, String message) {
        BudgetExceeded e = assertThrows(BudgetExceeded.class,
                () -> Answered.within5Seconds(() -> WorkbookReader.read(file)));
        assertEquals(message, e.getMessage());
    }

    /** What one row holds, given its 1-based number. */
    @FunctionalInterface
    private interface RowCells {
        String of(int row);
    }

    private static String rows(int count, RowCells cells) {
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData>");
        for (int row = 1; row <= count; row++) {
            sheet.append("<row r=\"").append(row).append("\">").append(cells.of(row)).append("</row>");
        }
        return sheet.append("</sheetData></worksheet>").toString();
    }

    private Path workbook(String name, String sheet) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = zip(file)) {
            put(zip, "xl/workbook.xml", ONE_SHEET_WORKBOOK);
            put(zip, "xl/_rels/workbook.xml.rels", ONE_SHEET_RELS);
            put(zip, "xl/worksheets/sheet1.xml", sheet);
        }
        return file;
    }

    private Path sharedStrings(String name, String items) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = zip(file)) {
            put(zip, "xl/workbook.xml", ONE_SHEET_WORKBOOK);
            put(zip, "xl/_rels/workbook.xml.rels", RELS_WITH_PARTS);
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<sst>" + items + "</sst>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static ZipOutputStream zip(Path file) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
        zip.setLevel(Deflater.BEST_COMPRESSION);
        return zip;
    }
}
