package cn.nianbao.annualreport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.nianbao.annualreport.Fixtures;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.workbook.HostileWorkbooks;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word file is read by what it holds, not by its name: text and PDF named .doc are read as such, and what cannot be
 * read (RTF, OpenDocument, a single-file web page, Word 2003 XML, an encrypted or damaged file) is refused with one
 * Chinese line saying why and what to save it as.
 */
class WordReportTest {

    private static final Path WORD97 = Fixtures.REPORTS.resolve("doc-1-kaizhou-2024").resolve("kaizhou-2024.doc");
    private static final Path DOCX = Fixtures.REPORTS.resolve("doc-docx-1-kaizhou-2023").resolve("kaizhou-2023.doc");

    @TempDir
    Path dir;

    @Test
    void readsAPlainTextReportNamedDocAsText() throws Exception {
        Path file = Files.copy(Fixtures.seed("001"), dir.resolve("report.doc"));
        assertEquals(Expectation.read(Fixtures.seedExpected("001")).cells(), cellsOf(file));
    }

    @Test
    void readsAPdfNamedDocAsAPdf() throws Exception {
        Path file = Files.copy(Fixtures.realReport("hongze-district-2024"), dir.resolve("report.doc"));
        assertEquals(Expectation.read(Fixtures.realExpected("hongze-district-2024")).cells(), cellsOf(file));
    }

    @Test
    void readsAGbkWebPageNamedDocThatNamesNoCharset() throws Exception {
        Path page = Fixtures.REPORTS.resolve("doc-html-2-yubei-2021-edition-2019").resolve("yubei-2021.doc");
        String html = Files.readString(page, StandardCharsets.UTF_8).replace("<meta charset=\"utf-8\">", "");
        Path file = Files.write(dir.resolve("gbk.doc"), html.getBytes(Charset.forName("GBK")));
        Path utf8 = Files.writeString(dir.resolve("utf8.doc"), html);
        assertEquals(cellsOf(utf8), cellsOf(file));
        assertTrue(SourceKind.WORD.read(file).lines().contains("重庆市渝北区政务服务管理办公室2021年政府信息公开工作年度报告"));
    }

    @Test
    void readsAWorkbookNamedDocAsAWorkbook() throws Exception {
        Path file = Files.copy(Path.of("examples", "开州区民政局-2024-正确.xlsx"), dir.resolve("workbook.doc"));
        assertEquals(SpreadsheetReport.read(Path.of("examples", "开州区民政局-2024-正确.xlsx")), SourceKind.WORD.read(file));
    }

    @Test
    void refusesAnOfficeFileThatIsNeitherWordNorExcelAndATruncatedDocx() throws Exception {
        Path other = dir.resolve("other.doc");
        try (POIFSFileSystem filesystem = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(other)) {
            filesystem.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3}), "PowerPoint Document");
            filesystem.writeFilesystem(out);
        }
        assertRefused(other, "不是 Word 文档", ".docx");
        byte[] docx = Files.readAllBytes(DOCX);
        assertRefused(Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2)), "已损坏");
    }

    @Test
    void refusesAWord97DocumentEncryptedWithAPassword() throws Exception {
        Path file = dir.resolve("encrypted.doc");
        try (InputStream in = Files.newInputStream(WORD97); HWPFDocument document = new HWPFDocument(in);
                OutputStream out = Files.newOutputStream(file)) {
            Biff8EncryptionKey.setCurrentUserPassword("口令123");
            document.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(file, "已加密");
    }

    @Test
    void refusesAnEncryptedDocxWhateverItsName() throws Exception {
        assertRefused(HostileWorkbooks.encrypted(DOCX, dir.resolve("encrypted.doc"), "口令123"), "已加密");
        assertRefused(HostileWorkbooks.encrypted(DOCX, dir.resolve("encrypted.docx"), "口令123"), "已加密");
    }

    @Test
    void refusesADamagedDocSayingSo() throws Exception {
        byte[] real = Files.readAllBytes(WORD97);
        assertRefused(Files.write(dir.resolve("truncated.doc"), Arrays.copyOf(real, real.length / 3)), "已损坏");
        byte[] header = Arrays.copyOf(real, 2048);
        Arrays.fill(header, 512, header.length, (byte) 0x5A);
        assertRefused(Files.write(dir.resolve("scrambled.doc"), header), "已损坏");
        assertRefused(Files.write(dir.resolve("junk.doc"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 0, 7, 0, 0, 0}),
                "不是 Word 文档");
        assertRefused(Files.write(dir.resolve("empty.doc"), new byte[0]), "空");
    }

    @Test
    void refusesRtfMhtAndWordXmlNamedDocWithWhatToSaveThemAs() throws Exception {
        assertRefused(Files.writeString(dir.resolve("rtf.doc"), "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}\\par 规章}"),
                "RTF", ".docx");
        assertRefused(Files.writeString(dir.resolve("page.doc"), "MIME-Version: 1.0\r\nContent-Type: multipart/related;"
                + " boundary=\"----=_NextPart\"\r\n\r\n------=_NextPart\r\n"), "MHT", ".docx");
        assertRefused(Files.writeString(dir.resolve("xml.doc"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<?mso-application progid=\"Word.Document\"?>\n<w:wordDocument xmlns:w=\"urn:x\"></w:wordDocument>"),
                "Word 2003 XML", ".docx");
    }

    @Test
    void refusesAnOpenDocumentTextOrAnyOtherZipNamedDoc() throws Exception {
        assertRefused(zip(dir.resolve("odt.doc"), "mimetype", "application/vnd.oasis.opendocument.text"),
                "OpenDocument 文字", ".docx");
        assertRefused(zip(dir.resolve("ods.docx"), "mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                "OpenDocument 表格", ".xlsx");
        assertRefused(zip(dir.resolve("archive.doc"), "报告/年报.doc", "x"), "zip");
    }

    @Test
    void tellsWhatAFileHoldsByItsFirstBytes() {
        assertEquals(FileContent.HTML, FileContent.of(bytes("\uFEFF\r\n<html xmlns:w=\"urn:schemas-microsoft-com:"
                + "office:word\"><head><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->")));
        assertEquals(FileContent.HTML, FileContent.of(bytes("  <meta charset=gbk><table><tr><td>规章</td></tr>")));
        assertEquals(FileContent.PDF, FileContent.of(bytes("\r\n%PDF-1.7\n%\u00e2\u00e3")));
        assertEquals(FileContent.TEXT, FileContent.of(bytes("华阴市2020年政府信息公开工作年度报告\n一、总体情况\n")));
        assertEquals(FileContent.OTHER, FileContent.of(new byte[] {(byte) 0xDB, (byte) 0xA5, 0x2D, 0, 0, 0, 9, 4}));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path zip(Path file, String entry, String content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }

    private static void assertRefused(Path file, String... reason) {
        SourceKind kind = SourceKind.of(file).orElseThrow();
        IOException refused = assertThrows(IOException.class, () -> kind.read(file), file.toString());
        String message = refused.getMessage();
        assertEquals(1, message.lines().count(), message);
        for (String part : reason) {
            assertTrue(message.contains(part), file.getFileName() + ": " + message);
        }
    }

    private static Map<String, String> cellsOf(Path file) throws Exception {
        SourceKind kind = SourceKind.of(file).orElseThrow();
        assertEquals(SourceKind.WORD, kind);
        return Expectation.cellsOf(TextReportReader.withInstalledLabels(FormDefinitions.load()).read(kind.read(file)));
    }
}
