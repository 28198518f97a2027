package cn.nianbao.annualreport.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.ReadRefusal;
import cn.nianbao.annualreport.limits.Reason;

/**
 * Reads the text of a report file, detecting its encoding: UTF-8 or UTF-16 by byte-order mark, else UTF-8 when its
 * bytes are UTF-8 but for a few stray ones (each read as U+FFFD and reported by {@link #text}), else GB18030.
 */
final class ReportFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /**
     * Bytes are UTF-8 with stray bytes when at least this many characters beyond ASCII decode for each byte that
     * does not: GB18030 text read as UTF-8 decodes almost none, a UTF-8 report with one damaged byte thousands.
     */
    private static final int DECODED_PER_STRAY_BYTE = 8;
    private static final char REPLACEMENT = '\uFFFD';
    private static final long MEGABYTE = 1L << 20;
    /**
     * The largest text or web page read: a report's text is well under 1 MB, a portal's page with inline images a
     * few MB. Reading a larger file would take a large share of the memory of a batch.
     */
    static final long MOST_BYTES = 64 * MEGABYTE;

    private ReportFiles() {
    }

    /** The lines of a text report; fails with a reason for an empty or binary file. */
    public static List<String> lines(Path file) throws IOException {
        byte[] bytes = bytes(file);
        if (bytes.length == 0) {
            throw new ReadRefusal(Reason.of("empty"));
        }
        String text = decode(bytes);
        if (text.chars().filter(ch -> ch == 0 || ch == REPLACEMENT).count() > text.length() / 100 + 1) {
            throw new ReadRefusal(Reason.of("text.binary"));
        }
        return text.lines().toList();
    }

    /**
     * A text report as numbered lines, with a warning {@code undecodable-bytes} when some bytes could not be decoded
     * (a stray byte in a UTF-8 file): they read as U+FFFD, the rest of the report as usual. Fails with a reason
     * for an empty or binary file.
     */
    public static ReportText text(Path file) throws IOException {
        List<String> lines = lines(file);
        ReportText text = ReportText.numbered(lines);
        int first = -1;
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            long stray = lines.get(i).chars().filter(ch -> ch == REPLACEMENT).count();
            if (stray > 0 && first < 0) {
                first = i;
            }
            count += (int) stray;
        }
        if (count == 0) {
            return text;
        }
        return text.with(Finding.warning(FindingKind.UNDECODABLE_BYTES, Map.of("count", Integer.toString(count)))
                .at(text.place(first)));
    }

    /**
     * The bytes of a text or web page file; fails with a reason when it cannot be read, and with
     * {@link BudgetExceeded} when it is larger than {@link #MOST_BYTES}.
     */
    static byte[] bytes(Path file) throws IOException {
        try {
            long size = Files.size(file);
            if (size > MOST_BYTES) {
                throw BudgetExceeded.tooLarge(new Reason("text.too-large", Map.of("size", size / MEGABYTE,
                        "limit", MOST_BYTES / MEGABYTE)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReadRefusal(Reason.of("text.missing"), e);
        } catch (AccessDeniedException e) {
            throw new ReadRefusal(Reason.of("text.no-permission"), e);
        } catch (IOException e) {
            throw new ReadRefusal(Reason.of("text.unreadable", "error", e.getClass().getSimpleName()), e);
        }
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String utf8 = new String(bytes, StandardCharsets.UTF_8);
            return isUtf8WithStrayBytes(utf8) ? utf8 : new String(bytes, GB18030);
        }
    }

    /** Whether text decoded as UTF-8 has many characters beyond ASCII for each byte that did not decode. */
    static boolean isUtf8WithStrayBytes(String utf8) {
        long stray = utf8.chars().filter(ch -> ch == REPLACEMENT).count();
        long decoded = utf8.chars().filter(ch -> ch > 0x7F && ch != REPLACEMENT).count();
        return decoded >= stray * DECODED_PER_STRAY_BYTE;
    }
}
