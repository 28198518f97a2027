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
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;

/**
 * A format a report is often sent in that nianbao does not read, with the program that opens it and the format to
 * save it as so that nianbao can: WPS's own formats, OpenDocument, RTF, Apple's iWork, OFD and single-file web pages.
 * Their names and programs, in Chinese and English, are reasons' texts ({@code foreign.*}).
 */
enum ForeignFormat {
    WPS_WRITER(List.of(".wps", ".wpt"), ".docx"),
    WPS_SPREADSHEET(List.of(".et", ".ett"), ".xlsx"),
    WPS_PRESENTATION(List.of(".dps", ".dpt"), ".pdf"),
    OPENDOCUMENT_TEXT(List.of(".odt"), ".docx"),
    OPENDOCUMENT_SPREADSHEET(List.of(".ods"), ".xlsx"),
    OPENDOCUMENT_PRESENTATION(List.of(".odp"), ".pdf"),
    RTF(List.of(".rtf"), ".docx"),
    PAGES(List.of(".pages"), ".docx"),
    NUMBERS(List.of(".numbers"), ".xlsx"),
    OFD(List.of(".ofd"), ".pdf"),
    SINGLE_FILE_WEB_PAGE(List.of(".mht", ".mhtml"), ".docx"),
    WORD_XML(List.of(".xml"), ".docx");

    private final List<String> extensions;
    private final String target;

    ForeignFormat(List<String> extensions, String target) {
        this.extensions = extensions;
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
        Reason format = format();
        Reason programs = programs();
        return Finding.error(FindingKind.CONVERT_FIRST, Map.of("format", format.chinese(), "format_en",
                format.english(), "extension", extension, "programs", programs.chinese(), "programs_en",
                programs.english(), "target", target));
    }

    /** Why a file named as something nianbao reads, but holding this format, is not read, with the next step. */
    IOException refusal() {
        return new ReadRefusal(new Reason("foreign.refused", Map.of("format", format(), "extension",
                extensions.get(0), "programs", programs(), "target", target)));
    }

    /** The format's name ({@code foreign.wps_writer.format}: WPS 文字). */
    private Reason format() {
        return Reason.of("foreign." + name().toLowerCase(Locale.ROOT) + ".format");
    }

    /** The programs that open the format and save it as {@link #target} ({@code foreign.rtf.programs}: Word 或 WPS). */
    private Reason programs() {
        return Reason.of("foreign." + name().toLowerCase(Locale.ROOT) + ".programs");
    }
}
