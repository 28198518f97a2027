package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which changes of a figure read like a typing slip, the localisation's prior for a likely wrong cell. */
class TypingSlipTest {

    @ParameterizedTest
    @CsvSource({
        "12, 21, true",      // two digits swapped
        "2, 20, true",       // a digit dropped (a split cell: 2 | 0 → 20)
        "205, 25, true",     // a digit added
        "143, 153, true",    // one digit of several hit wrong
        "5, 0, false",       // a one-digit figure changed to another: any figure is one key away
        "12, 40, false",     // nothing alike
        "1234, 4321, false", // more than two digits moved
        "12, 1200, false",   // two digits added
        "2.5, 25, true"      // the decimal point dropped
    })
    void readsOnlyTheCommonSlipsAsSlips(String from, String to, boolean slip) {
        assertEquals(slip, TypingSlip.between(new BigDecimal(from), new BigDecimal(to)), from + " → " + to);
        assertEquals(slip, TypingSlip.between(new BigDecimal(to), new BigDecimal(from)), to + " → " + from);
    }
}
