package cn.nianbao.annualreport.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import cn.nianbao.annualreport.limits.Reason;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a workbook file into {@link WorkbookContents}, fast and safe against hostile files; and opens one for a
 * spreadsheet engine to edit only after the same checks.
 *
 * <p>The format is told by the first bytes, not the extension. An .xlsx/.xlsm (a zip) is read by
 * {@link XlsxReader}: streamed part by part with StAX, without a spreadsheet engine, only the parts that hold the
 * sheets, names and cells. An old .xls (OLE2) is read by {@link XlsReader} with POI's HSSF. Everything else, and
 * files that are encrypted, corrupt or built to exhaust the reader, is refused with an
 * {@link UnreadableWorkbookException}.
 *
 * <p>Limits, far above any real report, keep a hostile file from exhausting memory: 10,000 zip entries (and as
 * many sheets or relationships), 64 MB per unzipped part and 256 MB per workbook, 1 MB for any single XML token
 * (an attribute value, a piece of text), elements nested 200 deep, 100,000 non-empty cells (and as many shared
 * strings or defined names), 200,000 cell elements with the empty ones, 100,000 style records, 2 million XML
 * elements, 10 million characters of text per workbook, and 10 MB for an .xls file. A file with two zip entries, two
 * sheets or two workbook-level defined names of the same name is refused too: which one counts would be a guess.
 * Every reason is a {@link Reason}; the messages of java.util.zip, the XML parser and POI are never passed on.
 *
 * <pre>{@code
 * WorkbookContents contents = WorkbookReader.read(Path.of("报告.xlsx"));
 * }</pre>
 */
public final class WorkbookReader {

    /** Non-empty cells of a workbook, and as many shared strings or defined names. */
    static final int MAX_CELLS = 100_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private WorkbookReader() {
    }

    /**
     * Reads a workbook.
     *
     * @param file an .xlsx, .xlsm or .xls file, whatever its name says
     * @return its sheets, single-cell workbook-level names and non-empty cells; a number's text is as stored
     *         without a trailing {@code .0}, a boolean's {@code TRUE}/{@code FALSE}; a formula without a cached
     *         result has empty text
     * @throws UnreadableWorkbookException when the file is not a workbook this reader can read, with the reason
     * @throws IOException                 when the file cannot be read at all
     */
    public static WorkbookContents read(Path file) throws IOException {
        return isZip(file) ? XlsxReader.read(file) : XlsReader.read(file);
    }

    /**
     * Reads a workbook as {@link #read(Path)} does, but an .xlsx's sheets named in {@code skipped} are only listed:
     * their parts are not unzipped, and they have no cells. A standard workbook's 校验 and 说明 sheets, which nothing
     * reads back, are about a quarter of its XML.
     */
    public static WorkbookContents read(Path file, Set<String> skipped) throws IOException {
        return isZip(file) ? XlsxReader.read(file, skipped) : XlsReader.read(file);
    }

    /**
     * Opens a workbook with POI to edit it (an annotated copy), after refusing it for every reason {@link #read}
     * refuses one and, for an .xlsx, after scanning every other XML part the engine will parse (styles, drawings,
     * comments) under the same guards. POI is given the file only once it passed.
     *
     * @throws UnreadableWorkbookException when the file is refused, with the reason
     */
    public static Workbook open(Path file) throws IOException {
        if (isZip(file)) {
            XlsxReader.validate(file);
        } else {
            XlsReader.read(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(Reason.of("workbook.encrypted"), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(Reason.of("workbook.engine-refused"), e);
        }
    }

    /** Whether the file is a zip (an .xlsx); refuses one that is neither a zip nor an OLE2 file (an .xls). */
    private static boolean isZip(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2.length);
        }
        if (head.length == 0) {
            throw UnreadableWorkbookException.of("workbook.empty");
        }
        if (startsWith(head, ZIP)) {
            return true;
        }
        if (startsWith(head, OLE2)) {
            return false;
        }
        throw UnreadableWorkbookException.of("workbook.not-excel");
    }

    /**
     * Refuses the file when {@code count} items are there already and {@code max} is the most; {@code what} is the
     * key of the reason that names them ({@code workbook.many.sheets}: 工作表过多).
     */
    static void limit(int count, int max, String what) throws UnreadableWorkbookException {
        if (count >= max) {
            throw new UnreadableWorkbookException(new Reason("workbook.too-many", Map.of("what", Reason.of(what),
                    "limit", max)));
        }
    }

    /** A number's text as stored, without a trailing {@code .0}: {@code 12}, {@code 2.5}, {@code 1.0E-3}. */
    static String number(String text) {
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** The start of a text from the file, on one line, for a message; lower layers' messages may be long dumps. */
    static String shorten(String text) {
        String line = String.valueOf(text).replaceAll("\\s+", " ").strip();
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
