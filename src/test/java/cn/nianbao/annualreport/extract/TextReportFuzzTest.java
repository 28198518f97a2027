package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.annualreport.check.NarrativeCheck;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to {@code convert} or {@code check} as a .txt report are read (tables, identity, narrative and its
 * check) or refused with a Chinese reason, never anything else (no IndexOutOfBounds, no StackOverflowError, no
 * English library message). {@code verify} replays the committed corpus in {@code TextReportFuzzTestInputs/}, the
 * reproducers of hostile text reports among it; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TextReportFuzzTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static final TextReportReader READER = reader();

    @FuzzTest(maxDuration = "10m")
    void anyTextIsReadOrRefusedInChinese(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".txt");
        try {
            Files.write(file, bytes);
            ExtractedReport report = READER.read(SourceKind.TEXT.read(file));
            NarrativeCheck.check(report.form().narrative(), report.narrative(), report.figures());
        } catch (IOException | BudgetExceeded e) {
            assertTrue(isChinese(e.getMessage()), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static TextReportReader reader() {
        try {
            return TextReportReader.withInstalledLabels(FORMS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isChinese(String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN);
    }
}
