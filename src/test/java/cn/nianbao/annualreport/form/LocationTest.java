package cn.nianbao.annualreport.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Every kind of place a finding stands at is written in Chinese and in English, and read back from its Chinese. */
class LocationTest {

    private static final List<Location> EVERY_KIND = List.of(new CellRef("依申请公开", 6, 9), new CellRef("Sheet1", 0, 0),
            new CellRef("It's", 99, 16_383), new Location.Line(68), new Location.Page(3), new Location.TableRow(2, 28),
            new Location.Paragraph(4), new Location.TextAfterTable(0), new Location.TextAfterTable(3),
            new Location.PageTitle(), new Location.SheetRow("Sheet1", 5), new Location.Part("一、总体情况"));

    @Test
    void everyPlaceReadsBackFromWhatItWrites() {
        for (Location place : EVERY_KIND) {
            assertEquals(place, Location.parse(place.toString()), place.toString());
        }
    }

    @Test
    void aPlaceInTheSourceIsWrittenInEnglishWithoutChinese() {
        for (Location place : EVERY_KIND) {
            String english = place.describe(Locale.ENGLISH);
            boolean data = place instanceof CellRef || place instanceof Location.Part;
            assertEquals(data, english.equals(place.describe(Locale.CHINESE)), english);
            if (!data) {
                assertFalse(english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), english);
            }
        }
        assertEquals("table 2, row 28", new Location.TableRow(2, 28).describe(Locale.ENGLISH));
        assertEquals("'依申请公开'!J7", new CellRef("依申请公开", 6, 9).describe(Locale.ENGLISH));
    }

    @Test
    void anAddressIsOnlyACellWhenItIsOne() {
        assertEquals("'It''s'!XFD100", new CellRef("It's", 99, 16_383).toString());
        assertEquals(new Location.Part("Sheet1!XFE1"), Location.parse("Sheet1!XFE1"));
        assertEquals(new Location.Part("第 x 行"), Location.parse("第 x 行"));
        assertEquals(new Location.Part("第 99999999999 行"), Location.parse("第 99999999999 行"), "no overflow");
    }
}
