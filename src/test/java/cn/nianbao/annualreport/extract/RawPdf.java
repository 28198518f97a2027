package cn.nianbao.annualreport.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF written object by object, for structures no PDF library writes (a page tree that holds itself, twenty
 * thousand pages sharing one content stream): object {@code n} is the {@code n}-th added, object 1 is the catalog.
 */
public final class RawPdf {

    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object (its body, without {@code obj}/{@code endobj}) and returns its number. */
    public int add(String body) {
        objects.add(body.getBytes(StandardCharsets.ISO_8859_1));
        return objects.size();
    }

    /** Adds a stream object with the given dictionary entries (no /Length) and content, and returns its number. */
    public int stream(String entries, String content) {
        return add("<< " + entries + " /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
    }

    /** Replaces object {@code number}'s body, for objects that refer to objects added after them. */
    public void set(int number, String body) {
        objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The file's bytes, with a cross-reference table and a trailer naming object 1 as the catalog. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            out.writeBytes(objects.get(i));
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
