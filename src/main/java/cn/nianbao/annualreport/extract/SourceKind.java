package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;

/**
 * The kinds of file a published report arrives in, known by their extension, each read into lines of text. A Word file
 * is read by what it holds: a .doc is often a web page or a renamed .docx, and a .docx a renamed .doc.
 */
public enum SourceKind {
    TEXT(List.of(".txt", ".text", ".md", ".markdown")),
    HTML(List.of(".html", ".htm", ".shtml")),
    WORD(List.of(".docx", ".doc")),
    PDF(List.of(".pdf")),
    WORKBOOK(List.of(".xlsx", ".xlsm", ".xls"));

    private final List<String> extensions;

    SourceKind(List<String> extensions) {
        this.extensions = extensions;
    }

    /** The kind of a file by its extension, if it is one we read. */
    public static Optional<SourceKind> of(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** Every extension read, for messages: ".txt .text .html …". */
    public static String allExtensions() {
        return String.join(" ", Arrays.stream(values()).flatMap(k -> k.extensions.stream()).toList());
    }

    /**
     * Why a file of no kind read here is not read: for a format reports are often sent in (WPS, OpenDocument, RTF,
     * iWork, OFD, a single-file web page), what it is and what to save it as ({@code convert-first}); for any other,
     * which extensions are read ({@code unsupported-type}).
     *
     * @param readable the extensions the caller reads, for the message
     */
    public static Finding notRead(Path file, String readable) {
        return ForeignFormat.of(file).map(format -> format.finding(file))
                .orElseGet(() -> Finding.error(FindingKind.UNSUPPORTED_TYPE, Map.of("extensions", readable)));
    }


    /** The file as lines of text, tables as tab-separated rows where the source has a table structure. */
    public ReportText read(Path file) throws IOException {
        return switch (this) {
            case TEXT -> ReportFiles.text(file);
            case HTML -> HtmlReport.read(file);
            case WORD -> WordReport.read(file);
            case PDF -> PdfReport.read(file);
            case WORKBOOK -> SpreadsheetReport.read(file);
        };
    }
}
