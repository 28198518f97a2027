package cn.nianbao.annualreport.workbook;

import java.io.EOFException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * What a lower layer's failure (java.util.zip, the XML parser, POI) means, in Chinese. Their own messages are English
 * and name internals ("invalid CEN header", "Unexpected close tag"); a user is told what is wrong with the file
 * instead, and never sees them.
 */
final class FailureReasons {

    /** Known zip failures, by a piece of their message (lower case), in the order tried. */
    private static final List<Map.Entry<String, String>> ZIP = List.of(
            Map.entry("end header", "找不到 zip 目录，文件不完整或被截断"),
            Map.entry("cen header", "zip 目录记录无效"),
            Map.entry("loc header", "zip 条目头无效"),
            Map.entry("encrypted", "zip 条目已加密"),
            Map.entry("compression method", "使用了不支持的压缩方法"),
            Map.entry("zip64", "zip64 扩展记录无效"),
            Map.entry("entry size", "条目大小记录无效"),
            Map.entry("invalid", "压缩数据已损坏"),
            Map.entry("unexpected end", "压缩数据不完整，文件被截断"));

    /** Known XML parser failures, by a piece of their message (lower case), in the order tried. */
    private static final List<Map.Entry<String, String>> XML = List.of(
            Map.entry("utf-8", "不是有效的 UTF-8 文本"),
            Map.entry("end-of-input", "XML 在中途结束，内容不完整"),
            Map.entry("end of input", "XML 在中途结束，内容不完整"),
            Map.entry("eof", "XML 在中途结束，内容不完整"),
            Map.entry("close tag", "开始标签与结束标签不配对"),
            Map.entry("end tag", "开始标签与结束标签不配对"),
            Map.entry("namespace", "使用了未声明的命名空间前缀"),
            Map.entry("prefix", "使用了未声明的命名空间前缀"),
            Map.entry("duplicate attribute", "同一元素有重复的属性"),
            Map.entry("entity", "含有未定义或不允许的实体引用"),
            Map.entry("encoding", "声明的字符编码不受支持或与内容不符"),
            Map.entry("prolog", "文档开头不是 XML"),
            Map.entry("root", "根元素之外还有内容"),
            Map.entry("illegal", "含有 XML 不允许的字符"),
            Map.entry("invalid", "含有 XML 不允许的字符"),
            Map.entry("character", "出现了不该出现的字符"));

    private FailureReasons() {
    }

    /** Why a zip could not be read, for {@code zip 文件已损坏：…}. */
    static String zip(Throwable failure) {
        if (failure instanceof EOFException) {
            return "压缩数据不完整，文件被截断";
        }
        return lookup(ZIP, failure.getMessage(), "无法解压");
    }

    /** Why an XML part could not be parsed, with the position when the parser knows it. */
    static String xml(Throwable failure) {
        String reason = lookup(XML, failure.getMessage(), "不是格式正确的 XML");
        if (failure instanceof XMLStreamException xml && xml.getLocation() != null) {
            Location at = xml.getLocation();
            if (at.getLineNumber() > 0 && at.getColumnNumber() > 0) {
                return reason + "（第 " + at.getLineNumber() + " 行第 " + at.getColumnNumber() + " 列）";
            }
        }
        return reason;
    }

    private static String lookup(List<Map.Entry<String, String>> known, String message, String otherwise) {
        String text = String.valueOf(message).toLowerCase(Locale.ROOT);
        return known.stream().filter(k -> text.contains(k.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(otherwise);
    }
}
