package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jsoup.Jsoup;

/**
 * A report sent as a Word file (.doc or .docx), read by what the file holds rather than by its name: a Word 97–2003
 * document, a .docx, a web page saved as .doc, a PDF or plain text. Formats nianbao does not read (RTF, OpenDocument,
 * a single-file web page, Word 2003 XML) and encrypted or damaged files are refused with one reason saying why
 * and what to do.
 */
final class WordReport {

    /** How many bytes of an OpenDocument file's {@code mimetype} entry are read. */
    private static final int MIMETYPE_LENGTH = 100;
    /** How many characters at the start of a page are searched for its charset. */
    private static final int HEAD_LENGTH = 4096;
    /** A page's own statement of its charset, in a meta tag or an XML declaration. */
    private static final Pattern CHARSET = Pattern.compile("<meta[^>]*charset|<\\?xml[^>]*encoding",
            Pattern.CASE_INSENSITIVE);

    private WordReport() {
    }

    /**
     * The text of a Word file, whatever it really holds; fails with a reason for a file that cannot be read,
     * POI's and the zip reader's English ones included.
     */
    static ReportText read(Path file) throws IOException {
        try {
            return byContent(file);
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            if (Library.POI.threw(e)) {
                throw DocxReport.damaged(e);
            }
            throw e;
        }
    }

    private static ReportText byContent(Path file) throws IOException {
        return switch (FileContent.of(file)) {
            case EMPTY -> throw new ReadRefusal(Reason.of("empty"));
            case OLE2 -> ole2(file);
            case ZIP -> zip(file);
            case HTML -> page(file);
            case PDF -> PdfReport.read(file);
            case TEXT -> ReportText.numbered(ReportFiles.lines(file));
            case RTF -> throw ForeignFormat.RTF.refusal();
            case MHT -> throw ForeignFormat.SINGLE_FILE_WEB_PAGE.refusal();
            case WORD_XML -> throw ForeignFormat.WORD_XML.refusal();
            case OTHER -> throw new ReadRefusal(Reason.of("word.not-word"));
        };
    }

    /**
     * A web page saved as a Word file. Word's own pages name their charset, and jsoup reads it from the page; a page
     * that names none is decoded as text files are (UTF-8, else GB18030), not assumed to be UTF-8.
     */
    private static ReportText page(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = ReportFiles.decode(bytes);
        if (CHARSET.matcher(text).region(0, Math.min(text.length(), HEAD_LENGTH)).find()) {
            return HtmlReport.read(file);
        }
        return HtmlReport.read(Jsoup.parse(text));
    }

    /** An OLE2 compound file: a Word 97–2003 document, an encrypted Office 2007+ file, or an Excel 97–2003 workbook. */
    private static ReportText ole2(Path file) throws IOException {
        POIFSFileSystem filesystem;
        try {
            filesystem = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw DocReport.damaged(e);
        }
        try (filesystem) {
            DirectoryNode root = filesystem.getRoot();
            if (root.hasEntry("WordDocument")) {
                return DocReport.read(root);
            }
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw DocReport.encrypted(null);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return SpreadsheetReport.read(file);
            }
            throw new ReadRefusal(Reason.of("word.ole2-not-word"));
        }
    }

    /** A zip archive: a .docx, an .xlsx, or an OpenDocument file. */
    private static ReportText zip(Path file) throws IOException {
        boolean word;
        boolean workbook;
        String mimetype;
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            word = Collections.list(zip.entries()).stream().anyMatch(e -> e.getName().startsWith("word/"));
            workbook = Collections.list(zip.entries()).stream().anyMatch(e -> e.getName().startsWith("xl/"));
            mimetype = mimetype(zip);
        } catch (ZipException e) {
            throw new ReadRefusal(Reason.of("word.zip-damaged"), e);
        }
        if (word) {
            return DocxReport.read(file);
        }
        if (workbook) {
            return SpreadsheetReport.read(file);
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
            throw ForeignFormat.OPENDOCUMENT_TEXT.refusal();
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            throw ForeignFormat.OPENDOCUMENT_SPREADSHEET.refusal();
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.presentation")) {
            throw ForeignFormat.OPENDOCUMENT_PRESENTATION.refusal();
        }
        throw new ReadRefusal(Reason.of("word.zip-not-word"));
    }

    /** The media type an OpenDocument file names in its {@code mimetype} entry; empty for other archives. */
    private static String mimetype(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MIMETYPE_LENGTH), StandardCharsets.US_ASCII).strip();
        }
    }
}
