package cn.nianbao.annualreport.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .docx written part by part, for structures Word never writes (a cell spanning 2147483647 columns, tables nested
 * sixty deep, a body that inflates a thousandfold): the three parts a .docx needs, the body given as WordprocessingML.
 */
final class RawDocx {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    private static final String RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>
            </Relationships>""";

    private RawDocx() {
    }

    /**
     * A .docx whose body holds {@code body} (paragraphs and tables in WordprocessingML, {@code w:} prefixed), its
     * parts stored uncompressed: a body repeating one row thousands of times is no zip bomb then.
     */
    static byte[] withBody(String body) {
        return docx(body, ZipEntry.STORED);
    }

    /** A .docx whose body holds {@code body}, its parts compressed as Word compresses them. */
    static byte[] deflated(String body) {
        return docx(body, ZipEntry.DEFLATED);
    }

    /** A .docx whose {@code word/document.xml} is {@code document}, whatever it holds, stored uncompressed. */
    static byte[] withDocument(byte[] document) {
        return docx(document, ZipEntry.STORED);
    }

    private static byte[] docx(String body, int method) {
        return docx(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8), method);
    }

    private static byte[] docx(byte[] document, int method) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), method);
            part(zip, "_rels/.rels", RELATIONSHIPS.getBytes(StandardCharsets.UTF_8), method);
            part(zip, "word/document.xml", document, method);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A one-cell table row whose cell has the given properties ({@code w:tcPr} content) and text. */
    static String row(String properties, String text) {
        return "<w:tr><w:tc><w:tcPr>" + properties + "</w:tcPr><w:p><w:r><w:t>" + text
                + "</w:t></w:r></w:p></w:tc></w:tr>";
    }

    private static void part(ZipOutputStream zip, String name, byte[] bytes, int method) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(method);
        if (method == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            entry.setSize(bytes.length);
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
