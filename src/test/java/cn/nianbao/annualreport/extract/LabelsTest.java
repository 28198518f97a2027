package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Label matching tolerates what OCR does to a label: one misread character in a label long enough to tell. */
class LabelsTest {

    private static boolean match(String printed, String label) {
        return Labels.match(LabelText.normalise(printed), LabelText.normalise(label));
    }

    @Test
    void matchesALabelWithOneMisreadCharacter() {
        assertTrue(match("1.属于国家秘蜜", "1.属于国家秘密"));
        assertTrue(match("（三）不予公开1.属于国家秘蜜", "1.属于国家秘密"), "after its group label");
        assertTrue(match("四、结转下年度继续力理", "四、结转下年度继续办理"));
    }

    @Test
    void doesNotMatchTwoMisreadCharactersOrAShortLabelWithOne() {
        assertFalse(match("1.属于国家秒蜜", "1.属于国家秘密"));
        assertFalse(match("行政许叮", "行政许可"));
        assertFalse(match("行政处罚", "行政强制"));
        assertFalse(match("2.重复申请", "4.无正当理由大量反复申请"));
    }
}
