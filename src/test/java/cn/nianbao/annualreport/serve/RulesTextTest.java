package cn.nianbao.annualreport.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The page's texts fill their placeholders and fail naming the key when a text or a value is missing. */
class RulesTextTest {

    private static final RulesText TEXT = RulesText.chinese();

    @Test
    void fillsPlaceholdersAndNamesTheKeyOfAMissingTextOrValue() {
        assertEquals("「甲」", TEXT.get("name.quoted", Map.of("name", "甲")));
        IllegalStateException noValue = assertThrows(IllegalStateException.class, () -> TEXT.get("name.quoted"));
        assertTrue(noValue.getMessage().contains("name.quoted needs name"), noValue.getMessage());
        IllegalStateException noText = assertThrows(IllegalStateException.class, () -> TEXT.get("no.such.key"));
        assertTrue(noText.getMessage().contains("no.such.key"), noText.getMessage());
    }
}
