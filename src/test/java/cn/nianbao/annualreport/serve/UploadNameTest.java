package cn.nianbao.annualreport.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a name a browser sends becomes: shown as the user knows it, stored as one safe file name. */
class UploadNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            报告.xlsx                         # 报告.xlsx                 # 报告.xlsx
            各区/洪泽区/报告.pdf               # 各区/洪泽区/报告.pdf        # 报告.pdf
            ../../x.xlsx                      # x.xlsx                    # x.xlsx
            ..\\..\\Windows\\y.xlsx           # Windows/y.xlsx            # y.xlsx
            C:\\Users\\科员\\z.xlsx           # C_/Users/科员/z.xlsx       # z.xlsx
            a<b>c:d"e|f?g*h.xlsx              # a_b_c_d_e_f_g_h.xlsx      # a_b_c_d_e_f_g_h.xlsx
            nul.txt                           # nul.txt                   # _nul.txt
            COM1                              # COM1                      # _COM1
            报告.xlsx.                         # 报告.xlsx                 # 报告.xlsx
            ./.                               # 未命名文件                 # 未命名文件
            """)
    void aNameIsShownByItsPartsAndStoredByItsLastPartAlone(String sent, String shown, String stored) {
        UploadName name = UploadName.of(sent);

        assertEquals(shown, name.shown());
        assertEquals(stored, name.stored());
    }

    @ParameterizedTest
    @CsvSource({"'\u0000a\u001fb.xlsx', _a_b.xlsx", "'', 未命名文件"})
    void controlCharactersAndEmptyNamesNeverReachTheFileSystem(String sent, String stored) {
        assertEquals(stored, UploadName.of(sent).stored());
    }

    @ParameterizedTest
    @CsvSource({"240, .xlsx", "300, .pdf"})
    void aVeryLongNameIsCutKeepingItsExtension(int length, String extension) {
        UploadName name = UploadName.of("年".repeat(length) + extension);

        assertEquals(UploadName.LONGEST, name.stored().length());
        assertTrue(name.stored().endsWith(extension));
    }
}
