package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a published report arrives in, known by their extension, each read into lines of text. */
public enum SourceKind {
    TEXT("纯文本", List.of(".txt", ".text", ".md", ".markdown")),
    HTML("网页", List.of(".html", ".htm", ".shtml")),
    WORD("Word 文档", List.of(".docx")),
    PDF("PDF", List.of(".pdf")),
    WORKBOOK("工作簿", List.of(".xlsx", ".xlsm", ".xls"));

    private final String name;
    private final List<String> extensions;

    SourceKind(String name, List<String> extensions) {
        this.name = name;
        this.extensions = extensions;
    }

    /** The kind of a file by its extension, if it is one we read. */
    public static Optional<SourceKind> of(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** Every extension read, for messages: ".txt、.text、.html …". */
    public static String allExtensions() {
        return String.join("、", Arrays.stream(values()).flatMap(k -> k.extensions.stream()).toList());
    }

    /** The kind's name in Chinese. */
    public String displayName() {
        return name;
    }

    /** The file as lines of text, tables as tab-separated rows where the source has a table structure. */
    public ReportText read(Path file) throws IOException {
        return switch (this) {
            case TEXT -> ReportText.numbered(ReportFiles.lines(file));
            case HTML -> HtmlReport.read(file);
            case WORD -> DocxReport.read(file);
            case PDF -> PdfReport.read(file);
            case WORKBOOK -> SpreadsheetReport.read(file);
        };
    }
}
