package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.annualreport.limits.BudgetExceeded;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a .pdf are read or refused with a Chinese reason ({@link IOException} for a damaged file,
 * {@link BudgetExceeded} for one larger than any report), never anything else: no StackOverflowError, no
 * NullPointerException, no English PDFBox message. {@code verify} replays the committed corpus in
 * {@code PdfReportFuzzTestInputs/} (a small real table, the hostile page trees of issue 11); {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class PdfReportFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyPdfIsReadOrRefusedInChinese(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".pdf");
        try {
            Files.write(file, bytes);
            PdfReport.read(file);
        } catch (IOException | BudgetExceeded e) {
            assertTrue(isChinese(e.getMessage()), e::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static boolean isChinese(String message) {
        return message != null && message.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
