package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to {@code convert} or {@code check} as an .html page are read or refused with a Chinese reason,
 * never anything else (no StackOverflowError, no OutOfMemoryError, no English library message). {@code verify}
 * replays the committed corpus in {@code HtmlReportFuzzTestInputs/}, the reproducers of hostile pages among it;
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class HtmlReportFuzzTest {

    private static final TextReportReader READER = reader();

    @FuzzTest(maxDuration = "10m")
    void anyPageIsReadOrRefusedInChinese(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".html");
        try {
            Files.write(file, bytes);
            READER.read(SourceKind.HTML.read(file));
        } catch (IOException | BudgetExceeded e) {
            assertTrue(TextReportFuzzTest.isChinese(e.getMessage()), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static TextReportReader reader() {
        try {
            return TextReportReader.withInstalledLabels(FormDefinitions.load());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
