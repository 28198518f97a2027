package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.nianbao.annualreport.limits.BudgetExceeded;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a .docx are read or refused with a Chinese reason ({@link IOException} for a damaged file,
 * {@link BudgetExceeded} for a table larger than any report's), never anything else: no OutOfMemoryError, no
 * NullPointerException, no English POI message. {@code verify} replays the committed corpus in
 * {@code DocxReportFuzzTestInputs/} (a real report, the hostile spans, merges and nestings of issue 11);
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class DocxReportFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyDocxIsReadOrRefusedInChinese(byte[] bytes) throws IOException {
        readOrRefuseInChinese(bytes);
    }

    /**
     * Any bytes as the document's body part ({@code word/document.xml}) in an otherwise sound .docx: mutations reach
     * the XML, the tables and their spans, which a compressed zip's mutations rarely do.
     */
    @FuzzTest(maxDuration = "10m")
    void anyDocumentXmlIsReadOrRefusedInChinese(byte[] documentXml) throws IOException {
        readOrRefuseInChinese(RawDocx.withDocument(documentXml));
    }

    private static void readOrRefuseInChinese(byte[] docx) throws IOException {
        Path file = Files.createTempFile("fuzz", ".docx");
        try {
            Files.write(file, docx);
            DocxReport.read(file);
        } catch (IOException | BudgetExceeded e) {
            assertTrue(PdfReportFuzzTest.isChinese(e.getMessage()), e::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
