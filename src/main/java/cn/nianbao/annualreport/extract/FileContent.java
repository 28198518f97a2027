package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a file holds, known by its first bytes rather than its name: a Word attachment named {@code .doc} is often a
 * web page, an RTF file or a renamed {@code .docx}.
 */
enum FileContent {
    /** No bytes at all. */
    EMPTY,
    /** An OLE2 compound file: Word 97–2003, Excel 97–2003, or an encrypted Office 2007+ file. */
    OLE2,
    /** A zip archive: Office 2007+ (.docx, .xlsx), OpenDocument, iWork. */
    ZIP,
    /** Rich Text Format. */
    RTF,
    /** A PDF document. */
    PDF,
    /** A single-file web page (MIME, .mht). */
    MHT,
    /** Word 2003's XML format (WordprocessingML 2003). */
    WORD_XML,
    /** An HTML page, Word's "web page" dialect included. */
    HTML,
    /** Text without markup. */
    TEXT,
    /** Anything else: binary data of some other kind, or a damaged file. */
    OTHER;

    /** How many bytes at the start of a file are looked at. */
    private static final int PREFIX = 4096;
    /** Readers accept a PDF header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WITHIN = 1024;
    /** The most bytes one character takes in the encodings read (UTF-8, GB18030). */
    private static final int CHARACTER_BYTES = 4;
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_SIGNATURE = {'P', 'K', 5, 6};

    /** What the file holds, by its first bytes. */
    static FileContent of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in.readNBytes(PREFIX));
        }
    }

    /** What a file starting with these bytes holds. */
    static FileContent of(byte[] prefix) {
        if (prefix.length == 0) {
            return EMPTY;
        }
        if (startsWith(prefix, OLE2_SIGNATURE)) {
            return OLE2;
        }
        if (startsWith(prefix, ZIP_SIGNATURE) || startsWith(prefix, EMPTY_ZIP_SIGNATURE)) {
            return ZIP;
        }
        if (new String(prefix, 0, Math.min(prefix.length, PDF_HEADER_WITHIN), StandardCharsets.ISO_8859_1)
                .contains("%PDF-")) {
            return PDF;
        }
        String text = decode(prefix);
        if (text.chars().filter(ch -> ch == 0).count() > text.length() / 100 + 1) {
            return OTHER;
        }
        String start = text.strip().toLowerCase(Locale.ROOT);
        if (start.startsWith("{\\rtf")) {
            return RTF;
        }
        if (start.startsWith("mime-version:") || start.contains("content-type: multipart/related")) {
            return MHT;
        }
        if (start.startsWith("<?xml") && !start.contains("<html")
                && (start.contains("<w:worddocument") || start.contains("progid=\"word.document\""))) {
            return WORD_XML;
        }
        if (start.startsWith("<") && (start.contains("<html") || start.contains("<body") || start.contains("<table")
                || start.contains("<head") || start.contains("<meta") || start.contains("<!doctype html"))) {
            return HTML;
        }
        return text.chars().filter(ch -> ch == 0xFFFD || ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r'
                && ch != '\f').count() > text.length() / 100 + 1 ? OTHER : TEXT;
    }

    /** The text of a file's first bytes, the last character of which may have been cut short. */
    private static String decode(byte[] prefix) {
        for (int cut = 0; cut < CHARACTER_BYTES && cut < prefix.length; cut++) {
            String text = ReportFiles.decode(Arrays.copyOf(prefix, prefix.length - cut));
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        return ReportFiles.decode(prefix);
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        return bytes.length >= signature.length
                && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }
}
