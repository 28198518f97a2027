package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
    private static final List<String> PARTS = List.of("xl/workbook.xml", "xl/sharedStrings.xml",
            "xl/worksheets/sheet1.xml");
    private static final String RELS = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
            sharedStrings" Target="sharedStrings.xml"/></Relationships>""";

    @FuzzTest(maxDuration = "10m")
    void anyWorkbookIsReadOrRefusedInChinese(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".xlsx");
        Files.write(file, bytes);
        readOrRefuseInChinese(file);
    }

    /**
     * The same for the XML inside a well-formed zip, where mutations of whole files rarely reach: the bytes are
     * {@code xl/workbook.xml}, the shared strings and the one worksheet, parted by NUL bytes, stored uncompressed
     * with the relationships that join them.
     */
    @FuzzTest(maxDuration = "10m")
    void anyWorkbookXmlIsReadOrRefusedInChinese(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".xlsx");
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= bytes.length && parts.size() < 3; i++) {
            if (i == bytes.length || bytes[i] == 0) {
                parts.add(Arrays.copyOfRange(bytes, from, i));
                from = i + 1;
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            put(zip, "xl/_rels/workbook.xml.rels", RELS.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < parts.size(); i++) {
                put(zip, PARTS.get(i), parts.get(i));
            }
        }
        readOrRefuseInChinese(file);
    }

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Whether the message passes on a lower layer's own (English) message, after a Chinese start or not. */
    private static boolean echoes(String message, Throwable cause) {
        String lower = cause == null ? null : cause.getMessage();
        return lower != null && !chinese(lower) && lower.length() >= 12 && message.contains(lower.substring(0, 12));
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void readOrRefuseInChinese(Path file) throws IOException {
        try {
            WorkbookContents contents = WorkbookReader.read(file);
            Optional<FilledForm> filled = FORMS.read(contents);
            if (filled.isPresent()) {
                Checker.check(filled.get());
            } else {
                SpreadsheetReport.read(file);
            }
        } catch (IOException | BudgetExceeded e) {
            String message = String.valueOf(e.getMessage());
            assertTrue(chinese(message) && !echoes(message, e.getCause()), e.getClass().getName() + ": " + message);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
