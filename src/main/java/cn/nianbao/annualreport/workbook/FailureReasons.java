package cn.nianbao.annualreport.workbook;

import java.io.EOFException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import cn.nianbao.annualreport.limits.Reason;

/**
 * What a lower layer's failure (java.util.zip, the XML parser, POI) means, as a {@link Reason}. Their own messages are
 * English and name internals ("invalid CEN header", "Unexpected close tag"); a user is told what is wrong with the
 * file instead, and never sees them.
 */
final class FailureReasons {

    /** Known zip failures, by a piece of their message (lower case), with their reasons' keys, in the order tried. */
    private static final List<Map.Entry<String, String>> ZIP = List.of(
            Map.entry("end header", "zip.end-header"),
            Map.entry("cen header", "zip.cen-header"),
            Map.entry("loc header", "zip.loc-header"),
            Map.entry("encrypted", "zip.encrypted"),
            Map.entry("compression method", "zip.compression"),
            Map.entry("zip64", "zip.zip64"),
            Map.entry("entry size", "zip.entry-size"),
            Map.entry("invalid", "zip.data"),
            Map.entry("unexpected end", "zip.cut-off"));

    /** Known XML parser failures, by a piece of their message (lower case), with their reasons' keys, in order. */
    private static final List<Map.Entry<String, String>> XML = List.of(
            Map.entry("utf-8", "xml.utf-8"),
            Map.entry("end-of-input", "xml.cut-off"),
            Map.entry("end of input", "xml.cut-off"),
            Map.entry("eof", "xml.cut-off"),
            Map.entry("close tag", "xml.tags"),
            Map.entry("end tag", "xml.tags"),
            Map.entry("namespace", "xml.namespace"),
            Map.entry("prefix", "xml.namespace"),
            Map.entry("duplicate attribute", "xml.duplicate-attribute"),
            Map.entry("entity", "xml.entity"),
            Map.entry("encoding", "xml.encoding"),
            Map.entry("prolog", "xml.prolog"),
            Map.entry("root", "xml.root"),
            Map.entry("illegal", "xml.illegal"),
            Map.entry("invalid", "xml.illegal"),
            Map.entry("character", "xml.character"));

    private FailureReasons() {
    }

    /** Why a zip could not be read, for {@code workbook.zip-damaged}. */
    static Reason zip(Throwable failure) {
        if (failure instanceof EOFException) {
            return Reason.of("zip.cut-off");
        }
        return lookup(ZIP, failure.getMessage(), "zip.other");
    }

    /** Why an XML part could not be parsed, with the position when the parser knows it. */
    static Reason xml(Throwable failure) {
        Reason reason = lookup(XML, failure.getMessage(), "xml.other");
        if (failure instanceof XMLStreamException xml && xml.getLocation() != null) {
            Location at = xml.getLocation();
            if (at.getLineNumber() > 0 && at.getColumnNumber() > 0) {
                return new Reason("xml.at", Map.of("why", reason, "line", at.getLineNumber(), "column",
                        at.getColumnNumber()));
            }
        }
        return reason;
    }

    private static Reason lookup(List<Map.Entry<String, String>> known, String message, String otherwise) {
        String text = String.valueOf(message).toLowerCase(Locale.ROOT);
        return Reason.of(known.stream().filter(k -> text.contains(k.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(otherwise));
    }
}
