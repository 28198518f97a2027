package cn.nianbao.annualreport.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import cn.nianbao.annualreport.form.PrintedValue.Form;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedValueTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "12;12", "１２;12", "12件;12", " 0 ;0", "6753;6753", "83.93;83.93", "1,234;1234",
        "增128;128", "減6;-6", "减6;-6", "+1036;1036", "-8;-8", "679.7萬元;679.7", "7545万元;7545", "０．５;0.5"})
    void readsThePrintedFormsOfANumber(String printed, String value) {
        PrintedValue cell = PrintedValue.read(printed);
        assertEquals(Form.NUMBER, cell.form(), printed);
        assertEquals(0, new BigDecimal(value).compareTo(cell.value().orElseThrow()), printed);
        assertEquals(printed, cell.printed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "-", "—", "——", "无", "無", "不适用", "－"})
    void keepsNotApplicableMarkersWithoutAValue(String printed) {
        PrintedValue cell = PrintedValue.read(printed);
        assertEquals(Form.NOT_APPLICABLE, cell.form(), printed);
        assertEquals(Optional.empty(), cell.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u3000"})
    void readsNothingPrintedAsBlank(String printed) {
        assertEquals(Form.BLANK, PrintedValue.read(printed).form());
    }

    @Test
    @DisplayName("“22（其中修订16件）”读作 22，并保留注释")
    void readsANumberWithANoteInsideTheCell() {
        PrintedValue cell = PrintedValue.read("22（其中修订16件）");
        assertEquals(Form.NUMBER_WITH_NOTE, cell.form());
        assertEquals(BigDecimal.valueOf(22), cell.value().orElseThrow());
        assertFalse(cell.isPlainNumber());
    }

    @Test
    @DisplayName("“251000元”换算为 25.1 万元，并标明原单位是元")
    void convertsAnAmountInYuanToTenThousandsAndSaysSo() {
        PrintedValue cell = PrintedValue.read("251000元");
        assertEquals(Form.AMOUNT_IN_YUAN, cell.form());
        assertEquals(new BigDecimal("25.1"), cell.value().orElseThrow());
        assertEquals(new BigDecimal("279.22208"), PrintedValue.read("2792220.8元").value().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"十二", "12/15", "约12", "abc", "12 13"})
    void neverGuessesAtTextThatIsNotANumber(String printed) {
        PrintedValue cell = PrintedValue.read(printed);
        assertEquals(Form.UNREADABLE, cell.form(), printed);
        assertEquals(Optional.empty(), cell.value());
    }

    @Test
    void tellsAPlainNumberFromOneThatNeedsItsPrintedText() {
        assertTrue(PrintedValue.read("12").isPlainNumber());
        assertFalse(PrintedValue.read("１２").isPlainNumber());
        assertFalse(PrintedValue.read("增6").isPlainNumber());
        assertFalse(PrintedValue.read("679.7萬元").isPlainNumber());
    }
}
