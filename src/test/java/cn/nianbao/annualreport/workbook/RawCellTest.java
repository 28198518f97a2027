package cn.nianbao.annualreport.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;

import cn.nianbao.annualreport.form.PrintedValue;
import cn.nianbao.annualreport.form.PrintedValue.Form;
import org.junit.jupiter.api.Test;

/** A workbook's cell is read into the value every reader gives: its stored text, how it reads, its figure if any. */
class RawCellTest {

    @Test
    void everyStoredNumberOfAStandardWorkbookReadsAsItsFigureWithItsStoredText() throws IOException {
        WorkbookContents contents = WorkbookReader.read(Path.of("examples", "开州区民政局-2024-正确.xlsx"));
        long numbers = 0;
        for (RawCell cell : contents.cells().values()) {
            PrintedValue reading = cell.reading();
            assertEquals(cell.text(), reading.printed());
            if (cell.type() == RawCell.Type.NUMBER && !cell.text().isEmpty()) {
                numbers++;
                assertEquals(Form.NUMBER, reading.form(), cell.toString());
                assertEquals(0, new BigDecimal(cell.text()).compareTo(reading.value().orElseThrow()), cell.toString());
            }
        }
        assertTrue(numbers > 100, "numbers read: " + numbers);
    }

    @Test
    void storedTextReadsAsPrintedTextAndWhatNoTableHoldsIsNoNumber() {
        assertEquals(new PrintedValue("１２", Form.NUMBER, Optional.of(new BigDecimal("12"))),
                new RawCell(RawCell.Type.TEXT, "１２", "").reading());
        assertEquals(Form.NOT_APPLICABLE, new RawCell(RawCell.Type.TEXT, "/", "").reading().form());
        assertEquals(Form.UNREADABLE, new RawCell(RawCell.Type.NUMBER, "1E10000000", "").reading().form());
        assertEquals(Optional.empty(), new RawCell(RawCell.Type.BOOLEAN, "TRUE", "").reading().value());
        assertEquals(Form.UNREADABLE, new RawCell(RawCell.Type.ERROR, "#REF!", "SUM(A1)").reading().form());
    }
}
