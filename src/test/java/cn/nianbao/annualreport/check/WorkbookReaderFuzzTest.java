package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import cn.nianbao.annualreport.extract.SpreadsheetReport;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.workbook.WorkbookContents;
import cn.nianbao.annualreport.workbook.WorkbookReader;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to {@code check} as an .xlsx are read or refused with a Chinese reason, never anything else (no
 * NullPointerException, no IndexOutOfBounds, no English library message): read by {@link WorkbookReader}, then as
 * {@code check} does, as a standard workbook ({@link WorkbookForms}, {@link Checker}) or else as a report pasted
 * into a sheet ({@link SpreadsheetReport}). {@code verify} replays the committed corpus in
 * {@code WorkbookReaderFuzzTestInputs/} (a real standard workbook and small hostile ones); {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class WorkbookReaderFuzzTest {

    private static final WorkbookForms FORMS = new WorkbookForms(FormDefinitions.load());

    @FuzzTest(maxDuration = "10m")
    void anyWorkbookIsReadOrRefusedInChinese(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, bytes);
            WorkbookContents contents = WorkbookReader.read(file);
            Optional<FilledForm> filled = FORMS.read(contents);
            if (filled.isPresent()) {
                Checker.check(filled.get());
            } else {
                SpreadsheetReport.read(file);
            }
        } catch (IOException | BudgetExceeded e) {
            String message = String.valueOf(e.getMessage());
            boolean chinese = message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN);
            assertTrue(chinese && !message.contains("Exception") && !message.contains("java."),
                    e.getClass().getName() + ": " + message);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
