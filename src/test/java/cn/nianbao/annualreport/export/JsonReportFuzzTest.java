package cn.nianbao.annualreport.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.annualreport.extract.JsonReport;
import cn.nianbao.annualreport.form.FormDefinitions;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given to {@code convert} as a .json file are read or refused with a Chinese reason, never anything
 * else (no NullPointerException, no English library message). {@code verify} replays the committed corpus in
 * {@code JsonReportFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class JsonReportFuzzTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();

    @FuzzTest(maxDuration = "10m")
    void anyJsonIsReadOrRefusedInChinese(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".json");
        try {
            Files.write(file, bytes);
            JsonReport.readAll(file, FORMS);
        } catch (IOException e) {
            assertTrue(e.getMessage().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
