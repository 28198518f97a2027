package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encoding of a text report is detected from its bytes, never assumed; empty and binary files are refused. */
class ReportFilesTest {

    private static final String TEXT = "華陰市2019年政府信息公开工作年度报告\n（一）予以公开 |\n12 |\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"UTF-8,", "UTF-8,EFBBBF", "UTF-16LE,FFFE", "UTF-16BE,FEFF", "GB18030,", "GBK,"})
    void readsEachEncodingAReportArrivesIn(String charset, String byteOrderMark) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (byteOrderMark != null) {
            for (int i = 0; i < byteOrderMark.length(); i += 2) {
                bytes.write(Integer.parseInt(byteOrderMark.substring(i, i + 2), 16));
            }
        }
        bytes.writeBytes(TEXT.getBytes(Charset.forName(charset)));
        Path file = dir.resolve("report.txt");
        Files.write(file, bytes.toByteArray());
        assertEquals(List.of("華陰市2019年政府信息公开工作年度报告", "（一）予以公开 |", "12 |"), ReportFiles.lines(file));
    }

    @ParameterizedTest
    @CsvSource({"empty.txt,''", "junk.txt,'\u0000\u0001\u0002\u0000\u0000\u0007\u0000\u0000'"})
    void refusesAFileThatIsNotText(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(IOException.class, () -> ReportFiles.lines(file));
        assertTrue(e.getMessage().startsWith("文件"), e.getMessage());
    }
}
