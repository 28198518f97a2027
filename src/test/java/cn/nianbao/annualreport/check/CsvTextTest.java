package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One guard for every CSV nianbao writes: formulas defused, numbers untouched, long texts answered at once. */
class CsvTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '"', value = {
        "=cmd|' /C calc'!A0#'=cmd|' /C calc'!A0", "+1+1#'+1+1", "@SUM(A1)#'@SUM(A1)", "-2+3#'-2+3",
        "-6#-6", "+1036#+1036", "12.5#12.5", "-0.5#-0.5", "1E3#1E3", "華陰市#華陰市", "減6#減6"})
    void defusesFormulasAndLeavesNumbersAlone(String text, String written) {
        assertEquals(written, CsvText.safe(text));
    }

    @ParameterizedTest
    @CsvSource({"'\tx', '''\tx'", "'\rx', '''\rx'", "'', ''"})
    void defusesLeadingTabsAndCarriageReturns(String text, String written) {
        assertEquals(written, CsvText.safe(text));
    }

    @Test
    void answersAHugeNumberAtOnce() {
        String huge = "-1" + "0".repeat(900_000);
        assertEquals(huge, CsvText.safe(huge));
    }
}
