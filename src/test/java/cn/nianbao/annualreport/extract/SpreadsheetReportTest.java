package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.nianbao.annualreport.form.FormDefinitions;
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
}
