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
 * A format a report is often sent in that nianbao does not read, with the program that opens it and the format to
 * save it as so that nianbao can: WPS's own formats, OpenDocument, RTF, Apple's iWork, OFD and single-file web pages.
 */
enum ForeignFormat {
    WPS_WRITER("WPS 文字", List.of(".wps", ".wpt"), "WPS 或 Word", ".docx"),
    WPS_SPREADSHEET("WPS 表格", List.of(".et", ".ett"), "WPS 或 Excel", ".xlsx"),
    WPS_PRESENTATION("WPS 演示", List.of(".dps", ".dpt"), "WPS", ".pdf"),
    OPENDOCUMENT_TEXT("OpenDocument 文字", List.of(".odt"), "LibreOffice、WPS 或 Word", ".docx"),
    OPENDOCUMENT_SPREADSHEET("OpenDocument 表格", List.of(".ods"), "LibreOffice、WPS 或 Excel", ".xlsx"),
    OPENDOCUMENT_PRESENTATION("OpenDocument 演示", List.of(".odp"), "LibreOffice 或 WPS", ".pdf"),
    RTF("RTF 格式", List.of(".rtf"), "Word 或 WPS", ".docx"),
    PAGES("Pages 文稿", List.of(".pages"), "Pages", ".docx"),
    NUMBERS("Numbers 表格", List.of(".numbers"), "Numbers", ".xlsx"),
    OFD("OFD 版式", List.of(".ofd"), "OFD 阅读器或 WPS", ".pdf"),
    SINGLE_FILE_WEB_PAGE("MHT 网页", List.of(".mht", ".mhtml"), "Word 或 WPS", ".docx"),
    WORD_XML("Word 2003 XML 格式", List.of(".xml"), "Word 或 WPS", ".docx");

    private final String format;
    private final List<String> extensions;
    private final String programs;
    private final String target;

    ForeignFormat(String format, List<String> extensions, String programs, String target) {
        this.format = format;
        this.extensions = extensions;
        this.programs = programs;
        this.target = target;
    }

    /**
     * The format a file's extension names, if it is one of these. A {@code .xml} file is not taken for Word 2003 XML
     * by its name alone: only its content says so.
     */
    static Optional<ForeignFormat> of(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f != WORD_XML)
                .filter(f -> f.extensions.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** The finding for a file of this format: what it is and what to save it as ({@code convert-first}). */
    Finding finding(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = extensions.stream().filter(lower::endsWith).findFirst().orElse(extensions.get(0));
        return Finding.error(FindingKind.CONVERT_FIRST,
                Map.of("format", format, "extension", extension, "programs", programs, "target", target));
    }

    /** Why a file named as something nianbao reads, but holding this format, is not read, with the next step. */
    IOException refusal() {
        return new IOException("文件内容其实是 " + format + "文件（" + extensions.get(0) + "），nianbao 不能直接读取：请在 "
                + programs + " 中另存为 " + target + " 后再试");
    }
}
