package cn.nianbao.annualreport.workbook;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a workbook file into {@link WorkbookContents}, fast and safe against hostile files.
 *
 * <p>The format is told by the first bytes, not the extension. An .xlsx/.xlsm (a zip) is streamed part by part
 * with StAX, without a spreadsheet engine: {@code xl/workbook.xml} for the sheets and defined names, its
 * relationships for the sheet parts, the shared strings and every worksheet; the styles part only to count its
 * records (a spreadsheet engine that opens the file later holds them all); anything else in the zip (drawings,
 * comments, macros) is never opened. An old .xls (OLE2) is read with POI's HSSF. Everything else, and
 * files that are encrypted, corrupt or built to exhaust the reader, is refused with an
 * {@link UnreadableWorkbookException}.
 *
 * <p>Limits, far above any real report, keep a hostile file from exhausting memory: 10,000 zip entries (and as
 * many sheets or relationships), 64 MB per unzipped part and 256 MB per workbook, 1 MB for any single XML token
 * (an attribute value, a piece of text), elements nested 200 deep, 100,000 non-empty cells (and as many shared
 * strings or defined names), 200,000 cell elements with the empty ones, 100,000 style records, 2 million XML
 * elements, 10 million characters of text per workbook, and 10 MB for an .xls file. A file with two zip entries, two
 * sheets or two workbook-level defined names of the same name is refused too: which one counts would be a guess.
 * Every reason is Chinese; the messages of java.util.zip, the XML parser and POI are never passed on.
 *
 * <pre>{@code
 * WorkbookContents contents = WorkbookReader.read(Path.of("报告.xlsx"));
 * }</pre>
 */
public final class WorkbookReader {

    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_PART_MB = 64;
    private static final int MAX_TOTAL_MB = 256;
    private static final int MAX_CELLS = 100_000;
    /**
     * Cell elements of all worksheets, empty ones ({@code <c r="A1"/>}, a formatted blank) included: a standard
     * workbook has about 1,500, a report pasted into a sheet a few thousand; 200,000 is a hundred times that. A
     * spreadsheet engine that opens the file later (to annotate it) holds every one in memory.
     */
    private static final int MAX_CELL_ELEMENTS = 200_000;
    /**
     * Records of the styles part (cell formats, fonts, fills, borders, number formats, named and differential
     * styles): Excel itself stops at 65,490 cell formats, and a real workbook has a few hundred records.
     */
    private static final int MAX_STYLES = 100_000;
    /**
     * XML elements of all parts read: a standard workbook has about 10,000; this bounds what no count above covers
     * (empty rows, rich-text runs, anything the reader skips).
     */
    private static final int MAX_ELEMENTS = 2_000_000;
    /** How many elements pass between two looks at the file's deadline. */
    private static final int CHECKPOINT_EVERY = 1 << 12;
    private static final int MAX_CHARS = 10_000_000;
    private static final int MAX_TOKEN_MB = 1;
    private static final int MAX_DEPTH = 200;
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_XLS_MB = 10;
    private static final int MAX_ROW = 1 << 20;
    private static final int MAX_COLUMN = 1 << 14;

    /** The records of a styles part counted against {@link #MAX_STYLES}. */
    private static final Set<String> STYLE_RECORDS = Set.of("xf", "font", "fill", "border", "numFmt", "dxf",
            "cellStyle", "tableStyle");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private static final XMLInputFactory XML = xmlFactory();

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
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2.length);
        }
        if (head.length == 0) {
            throw new UnreadableWorkbookException("文件是空的（0 字节）");
        }
        if (startsWith(head, ZIP)) {
            return readXlsx(file);
        }
        if (startsWith(head, OLE2)) {
            return readXls(file);
        }
        throw new UnreadableWorkbookException("不是 Excel 文件（文件头既不是 xlsx 的 zip 也不是 xls）");
    }

    // ---- .xlsx / .xlsm --------------------------------------------------------------------------------------

    private static WorkbookContents readXlsx(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UnreadableWorkbookException("zip 条目过多（超过 " + MAX_ENTRIES + " 个），不像 Excel 工作簿");
            }
            refuseDuplicateEntries(zip);
            return new Xlsx(zip).read();
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException e) {
            // the zip's own structure: a ZipException, or an EOFException for a directory that runs past the end
            throw corruptZip(e);
        } catch (BudgetExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // java.util.zip's answer to some garbage, e.g. an entry name that is not valid UTF-8
            throw new UnreadableWorkbookException("zip 文件已损坏：条目名称或目录结构无效", e);
        }
    }

    /**
     * Refuses two entries of one name (part names ignore case): a reader would take one, Excel another, and what the
     * workbook says would depend on who reads it.
     */
    private static void refuseDuplicateEntries(ZipFile zip) throws UnreadableWorkbookException {
        Set<String> names = new HashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                throw new UnreadableWorkbookException("zip 中有两个同名条目：" + shorten(entry.getName())
                        + "，无法确定以哪个为准");
            }
        }
    }

    /** A sheet as {@code xl/workbook.xml} lists it. */
    private record SheetEntry(String name, String relationId) {
    }

    /** What {@code xl/workbook.xml} holds: sheets in order, and workbook-level names with their formulas. */
    private record WorkbookPart(List<SheetEntry> sheets, Map<String, String> names) {
    }

    /** The workbook's relationships: part path by id, and the shared strings and styles parts if declared. */
    private record Relationships(Map<String, String> targets, String sharedStrings, String styles) {
    }

    /** Parses one XML part. */
    @FunctionalInterface
    private interface PartParser<T> {
        T parse(XMLStreamReader xml) throws XMLStreamException, IOException;
    }

    /** One .xlsx being read: its zip, and how much of the limits it has used. */
    private static final class Xlsx {

        private final ZipFile zip;
        private final StringBuilder text = new StringBuilder();
        private long unzipped;
        private long chars;
        private int elements;
        private int cellElements;
        /** What the part's stream threw last: the XML parser wraps it in an exception that may not keep it. */
        private IOException streamFailure;

        Xlsx(ZipFile zip) {
            this.zip = zip;
        }

        WorkbookContents read() throws IOException {
            ZipEntry workbookEntry = entry("xl/workbook.xml");
            if (workbookEntry == null) {
                throw new UnreadableWorkbookException("工作簿缺少 xl/workbook.xml");
            }
            WorkbookPart workbook = parse(workbookEntry, this::workbook);
            ZipEntry relsEntry = entry("xl/_rels/workbook.xml.rels");
            Relationships rels = relsEntry == null ? new Relationships(Map.of(), null, null)
                    : parse(relsEntry, this::relationships);
            ZipEntry stylesEntry = entry(rels.styles() != null ? rels.styles() : "xl/styles.xml");
            if (stylesEntry != null) {
                parse(stylesEntry, this::styles);
            }
            ZipEntry stringsEntry = entry(rels.sharedStrings() != null ? rels.sharedStrings()
                    : "xl/sharedStrings.xml");
            List<String> strings = stringsEntry == null ? List.of() : parse(stringsEntry, this::sharedStrings);
            List<String> sheets = new ArrayList<>();
            Map<CellRef, RawCell> cells = new HashMap<>();
            for (SheetEntry sheet : workbook.sheets()) {
                sheets.add(sheet.name());
                String target = rels.targets().get(sheet.relationId());
                ZipEntry part = target == null ? null : entry(target);
                if (part != null) {
                    parse(part, xml -> worksheet(xml, sheet.name(), strings, cells));
                }
            }
            return new WorkbookContents(sheets, singleCellNames(workbook.names(), sheets), cells);
        }

        /** The entry of a part; OPC part names ignore case, so a miss falls back to a case-blind search. */
        private ZipEntry entry(String name) {
            ZipEntry entry = zip.getEntry(name);
            if (entry != null) {
                return entry.isDirectory() ? null : entry;
            }
            return zip.stream().filter(e -> !e.isDirectory() && e.getName().equalsIgnoreCase(name)).findFirst()
                    .orElse(null);
        }

        private <T> T parse(ZipEntry entry, PartParser<T> parser) throws IOException {
            if (entry.getSize() > (long) MAX_PART_MB << 20) {
                throw partBomb();
            }
            streamFailure = null;
            try (InputStream in = new Limited(zip.getInputStream(entry))) {
                XMLStreamReader xml = new Guarded(XML.createXMLStreamReader(in));
                try {
                    return parser.parse(xml);
                } finally {
                    xml.close();
                }
            } catch (BudgetExceeded e) {
                throw e;
            } catch (XMLStreamException | RuntimeException e) {
                if (streamFailure != null) {
                    throw explain(streamFailure);
                }
                String reason = e instanceof Refusal ? e.getMessage() : FailureReasons.xml(e);
                throw new UnreadableWorkbookException("XML 格式错误（" + shorten(entry.getName()) + "）：" + reason, e);
            } catch (IOException e) {
                IOException cause = streamFailure != null ? streamFailure : e;
                if (cause instanceof UnreadableWorkbookException || cause instanceof ZipException
                        || cause instanceof EOFException) {
                    throw explain(cause);
                }
                // the parser's own, e.g. a CharConversionException for bytes that are not in the declared encoding
                throw new UnreadableWorkbookException("XML 格式错误（" + shorten(entry.getName()) + "）："
                        + FailureReasons.xml(e), e);
            }
        }

        private WorkbookPart workbook(XMLStreamReader xml) throws XMLStreamException, IOException {
            List<SheetEntry> sheets = new ArrayList<>();
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> sheetNames = new HashSet<>();
            Set<String> scopedNames = new HashSet<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "definedNames".equals(xml.getLocalName())) {
                    break; // nothing after the names matters
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "sheet" -> {
                        String name = xml.getAttributeValue(null, "name");
                        if (name != null) {
                            limit(sheets.size(), MAX_ENTRIES, "工作表过多");
                            unique(sheetNames, name.toLowerCase(Locale.ROOT), "有两个工作表同名：" + shorten(name));
                            sheets.add(new SheetEntry(name, relationId(xml)));
                        }
                    }
                    case "definedName" -> {
                        String name = xml.getAttributeValue(null, "name");
                        String scope = xml.getAttributeValue(null, "localSheetId");
                        String formula = text(xml);
                        if (name != null && scope == null) {
                            limit(names.size(), MAX_CELLS, "定义的名称过多");
                            unique(scopedNames, name.toLowerCase(Locale.ROOT), "名称“" + shorten(name)
                                    + "”定义了两次，无法确定以哪个为准");
                            names.put(name, formula);
                        }
                    }
                    default -> {
                        // the rest of the workbook part does not matter here
                    }
                }
            }
            return new WorkbookPart(sheets, names);
        }

        private Relationships relationships(XMLStreamReader xml) throws XMLStreamException, IOException {
            Map<String, String> targets = new HashMap<>();
            String sharedStrings = null;
            String styles = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT || !"Relationship".equals(xml.getLocalName())
                        || "External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    continue;
                }
                String id = xml.getAttributeValue(null, "Id");
                String target = xml.getAttributeValue(null, "Target");
                String type = xml.getAttributeValue(null, "Type");
                if (id != null && target != null) {
                    limit(targets.size(), MAX_ENTRIES, "工作簿的关系过多");
                    String part = resolve(target);
                    targets.put(id, part);
                    if (type != null && type.endsWith("/sharedStrings")) {
                        sharedStrings = part;
                    } else if (type != null && type.endsWith("/styles")) {
                        styles = part;
                    }
                }
            }
            return new Relationships(targets, sharedStrings, styles);
        }

        /** Counts the styles part's records against {@link #MAX_STYLES}; nothing of it is kept. */
        private Void styles(XMLStreamReader xml) throws XMLStreamException, IOException {
            int records = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && STYLE_RECORDS.contains(xml.getLocalName())) {
                    records++;
                    if (records > MAX_STYLES) {
                        throw BudgetExceeded.tooLarge("样式表有超过 " + MAX_STYLES
                                + " 条样式记录，Excel 自身最多 65490 种单元格格式");
                    }
                }
            }
            return null;
        }

        private List<String> sharedStrings(XMLStreamReader xml) throws XMLStreamException, IOException {
            List<String> strings = new ArrayList<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                    limit(strings.size(), MAX_CELLS, "共享字符串过多");
                    strings.add(richText(xml));
                }
            }
            return strings;
        }

        /** Adds a worksheet's non-empty cells to {@code cells}. */
        private Void worksheet(XMLStreamReader xml, String sheet, List<String> strings, Map<CellRef, RawCell> cells)
                throws XMLStreamException, IOException {
            boolean inData = false;
            int row = -1;
            int column = -1;
            String type = null;
            String value = null;
            String formula = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("sheetData".equals(name)) {
                        inData = true;
                    } else if (!inData) {
                        continue;
                    }
                    switch (name) {
                        case "row" -> {
                            FileBudget.checkpoint();
                            String r = xml.getAttributeValue(null, "r");
                            row = r == null ? row + 1 : rowNumber(r);
                            column = -1;
                        }
                        case "c" -> {
                            if (++cellElements > MAX_CELL_ELEMENTS) {
                                throw BudgetExceeded.tooLarge("工作表共有超过 " + MAX_CELL_ELEMENTS
                                        + " 个单元格（含空单元格），远超任何年报所需");
                            }
                            String r = xml.getAttributeValue(null, "r");
                            long at = r == null ? position(row, column + 1) : a1(r, 0, false);
                            if (at < 0) {
                                throw new UnreadableWorkbookException("单元格地址不合法（工作表 " + sheet + "）："
                                        + (r == null ? "不在任何行内" : shorten(r)));
                            }
                            row = (int) (at >>> 32);
                            column = (int) at;
                            type = xml.getAttributeValue(null, "t");
                            value = null;
                            formula = null;
                        }
                        case "f" -> {
                            String kind = xml.getAttributeValue(null, "t");
                            String f = text(xml);
                            formula = f.isEmpty() ? kind : f;
                        }
                        case "v" -> value = text(xml);
                        case "is" -> value = richText(xml);
                        default -> {
                            // sheetData holds nothing else that matters
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && inData) {
                    String name = xml.getLocalName();
                    if ("c".equals(name) && (formula != null || value != null && !value.isEmpty())) {
                        limit(cells.size(), MAX_CELLS, "非空单元格过多");
                        cells.put(new CellRef(sheet, row, column), cell(type, value, formula, strings));
                    } else if ("sheetData".equals(name)) {
                        break; // the rest (merges, validations, page setup) does not matter
                    }
                }
            }
            return null;
        }

        /**
         * The text of an {@code <si>} or {@code <is>} element, the reader on its start: its {@code <t>} texts, plain
         * or in rich-text runs, leaving out phonetic runs ({@code <rPh>}). Leaves the reader on the element's end.
         */
        private String richText(XMLStreamReader xml) throws XMLStreamException, IOException {
            text.setLength(0);
            int depth = 1;
            int phonetic = 0;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("t".equals(name)) {
                        appendText(xml, phonetic == 0);
                    } else {
                        depth++;
                        phonetic += "rPh".equals(name) ? 1 : 0;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    phonetic -= "rPh".equals(xml.getLocalName()) ? 1 : 0;
                }
            }
            return text.toString();
        }

        /** The text of a text-only element, the reader on its start; leaves the reader on its end. */
        private String text(XMLStreamReader xml) throws XMLStreamException, IOException {
            text.setLength(0);
            appendText(xml, true);
            return text.toString();
        }

        /**
         * Reads a text-only element's text piece by piece, as the parser delivers it, so that a huge text fails
         * the workbook's character budget before it is held in memory.
         */
        private void appendText(XMLStreamReader xml, boolean keep) throws XMLStreamException, IOException {
            while (true) {
                switch (xml.next()) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (keep) {
                            chars += xml.getTextLength();
                            if (chars > MAX_CHARS) {
                                throw new UnreadableWorkbookException("文字过多：超过 " + MAX_CHARS / 10_000
                                        + " 万个字符");
                            }
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return;
                    }
                    case XMLStreamConstants.START_ELEMENT ->
                        throw new Refusal("文本元素里出现了子元素 <" + shorten(xml.getLocalName()) + ">");
                    default -> {
                        // comments and processing instructions carry no cell text
                    }
                }
            }
        }

        /**
         * Refuses a document type declaration, which no spreadsheet program writes and which is how entity bombs
         * come, elements nested deeper than {@link #MAX_DEPTH} (the parser keeps every open element, so a part made
         * of millions of nested tags would otherwise fill the heap) and more elements than {@link #MAX_ELEMENTS}, and
         * looks at the file's deadline now and then. Every parser here pulls events with {@code next()}.
         */
        private final class Guarded extends StreamReaderDelegate {

            private int depth;

            Guarded(XMLStreamReader reader) {
                super(reader);
            }

            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MAX_DEPTH) {
                        throw new Refusal("元素嵌套超过 " + MAX_DEPTH + " 层");
                    }
                    if (++elements % CHECKPOINT_EVERY == 0) {
                        FileBudget.checkpoint();
                    }
                    if (elements > MAX_ELEMENTS) {
                        throw BudgetExceeded.tooLarge("工作簿有超过 " + MAX_ELEMENTS / 10_000
                                + " 万个 XML 元素，远超任何年报所需");
                    }
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
                if (event == XMLStreamConstants.DTD) {
                    throw new Refusal("含有文档类型声明（DTD），Excel 工作簿中不会有");
                }
                return event;
            }
        }

        /**
         * Counts what is unzipped against the limits, and remembers what the zip stream throws. It also bounds the
         * distance between two {@code <}: the parser holds a whole attribute value (or name, or comment) in memory,
         * and {@code <} cannot occur inside one, so no single token can grow past that distance.
         */
        private final class Limited extends FilterInputStream {

            private final byte[] one = new byte[1];
            private long count;
            private int sinceMarkup;

            Limited(InputStream in) {
                super(in);
            }

            @Override
            public int read() throws IOException {
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    int n = super.read(buffer, offset, Math.min(length, CHUNK));
                    if (n > 0) {
                        count += n;
                        unzipped += n;
                        if (count > (long) MAX_PART_MB << 20) {
                            throw partBomb();
                        }
                        if (unzipped > (long) MAX_TOTAL_MB << 20) {
                            throw new UnreadableWorkbookException("疑似 zip 炸弹：解压后合计超过 " + MAX_TOTAL_MB + " MB");
                        }
                        checkTokens(buffer, offset, n);
                    }
                    return n;
                } catch (IOException e) {
                    streamFailure = e;
                    throw e;
                }
            }

            /**
             * Checks the run of bytes without {@code <} that ends at the chunk's first {@code <}; runs between two
             * {@code <} inside the chunk are shorter than the chunk, which {@link #read} keeps below the limit.
             */
            private void checkTokens(byte[] buffer, int offset, int length) throws UnreadableWorkbookException {
                int end = offset + length;
                int first = offset;
                while (first < end && buffer[first] != '<') {
                    first++;
                }
                long run = sinceMarkup + (long) (first - offset);
                if (run > (long) MAX_TOKEN_MB << 20) {
                    throw new UnreadableWorkbookException("XML 内容异常：单个标签或文字超过 " + MAX_TOKEN_MB + " MB");
                }
                int last = end - 1;
                while (last >= first && buffer[last] != '<') {
                    last--;
                }
                sinceMarkup = first == end ? (int) run : end - 1 - last;
            }

            /** Skipped bytes are unzipped too, so they are read and counted. */
            @Override
            public long skip(long n) throws IOException {
                byte[] skipped = new byte[(int) Math.min(Math.max(n, 0), 8192)];
                return Math.max(read(skipped, 0, skipped.length), 0);
            }
        }
    }

    /** The {@code r:id} attribute, whichever prefix the relationships namespace has (transitional or strict). */
    private static String relationId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null && !namespace.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The zip entry name of a relationship target of {@code xl/workbook.xml}: relative to {@code xl/}, or absolute. */
    private static String resolve(String target) {
        String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        if (!path.contains("./")) {
            return path;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static RawCell cell(String type, String value, String formula, List<String> strings)
            throws UnreadableWorkbookException {
        String text = value == null ? "" : value;
        String f = formula == null ? "" : formula;
        switch (type == null ? "n" : type) {
            case "n":
                return new RawCell(RawCell.Type.NUMBER, number(text), f);
            case "s":
                return new RawCell(RawCell.Type.TEXT, text.isEmpty() ? "" : sharedString(text, strings), f);
            case "b":
                return new RawCell(RawCell.Type.BOOLEAN, "1".equals(text) ? "TRUE" : "0".equals(text) ? "FALSE"
                        : text, f);
            case "e":
                return new RawCell(RawCell.Type.ERROR, text, f);
            default: // str, inlineStr, and d (an ISO date in strict files)
                return new RawCell(RawCell.Type.TEXT, text, f);
        }
    }

    private static String sharedString(String index, List<String> strings) throws UnreadableWorkbookException {
        int i = index.length() > 9 ? -1 : 0;
        for (int k = 0; k < index.length() && i >= 0; k++) {
            char ch = index.charAt(k);
            i = ch >= '0' && ch <= '9' ? i * 10 + ch - '0' : -1;
        }
        if (i < 0 || i >= strings.size()) {
            throw new UnreadableWorkbookException("单元格引用了不存在的共享字符串：" + shorten(index));
        }
        return strings.get(i);
    }

    private static int rowNumber(String r) throws UnreadableWorkbookException {
        int row = r.isEmpty() || r.length() > 7 ? -1 : 0;
        for (int i = 0; i < r.length() && row >= 0; i++) {
            char ch = r.charAt(i);
            row = ch >= '0' && ch <= '9' ? row * 10 + ch - '0' : -1;
        }
        if (row < 1 || row > MAX_ROW) {
            throw new UnreadableWorkbookException("行号不合法：" + shorten(r));
        }
        return row - 1;
    }

    /** Adds {@code key} to {@code seen}, refusing the file with {@code reason} when it is there already. */
    private static void unique(Set<String> seen, String key, String reason) throws UnreadableWorkbookException {
        if (!seen.add(key)) {
            throw new UnreadableWorkbookException(reason);
        }
    }

    private static void limit(int count, int max, String what) throws UnreadableWorkbookException {
        if (count >= max) {
            throw new UnreadableWorkbookException(what + "：超过 " + max + " 个");
        }
    }

    private static UnreadableWorkbookException partBomb() {
        return new UnreadableWorkbookException("疑似 zip 炸弹：单个部件解压后超过 " + MAX_PART_MB + " MB");
    }

    private static UnreadableWorkbookException corruptZip(IOException e) {
        return new UnreadableWorkbookException("zip 文件已损坏：" + FailureReasons.zip(e), e);
    }

    /** What a failure to read a part means: a refusal stays one, broken compressed data is a corrupt zip. */
    private static IOException explain(IOException e) {
        return e instanceof ZipException || e instanceof EOFException ? corruptZip(e) : e;
    }

    // ---- .xls -----------------------------------------------------------------------------------------------

    private static WorkbookContents readXls(Path file) throws IOException {
        if (Files.size(file) > (long) MAX_XLS_MB << 20) {
            throw new UnreadableWorkbookException("xls 文件过大：超过 " + MAX_XLS_MB + " MB");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw encrypted(null);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                return xls(workbook);
            }
        } catch (UnreadableWorkbookException | BudgetExceeded e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableWorkbookException("xls 格式过旧（Excel 95 或更早），请另存为 xlsx", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException("xls 文件已损坏或不是 Excel 工作簿", e);
        }
    }

    private static UnreadableWorkbookException encrypted(Exception cause) {
        return new UnreadableWorkbookException("文件已加密或设置了打开密码，无法读取", cause);
    }

    private static WorkbookContents xls(HSSFWorkbook workbook) throws UnreadableWorkbookException {
        List<String> sheets = new ArrayList<>();
        Map<CellRef, RawCell> cells = new HashMap<>();
        for (Sheet sheet : workbook) {
            sheets.add(sheet.getSheetName());
            for (Row row : sheet) {
                FileBudget.checkpoint();
                for (Cell cell : row) {
                    RawCell raw = xlsCell(cell);
                    if (raw != null) {
                        limit(cells.size(), MAX_CELLS, "非空单元格过多");
                        cells.put(new CellRef(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex()), raw);
                    }
                }
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Name name : workbook.getAllNames()) {
            if (name.getSheetIndex() == -1 && !name.isFunctionName()) {
                names.putIfAbsent(name.getNameName(), name.getRefersToFormula());
            }
        }
        return new WorkbookContents(sheets, singleCellNames(names, sheets), cells);
    }

    /** A cell as the xlsx path would read it: for a formula, its cached result; null for an empty cell. */
    private static RawCell xlsCell(Cell cell) {
        CellType type = cell.getCellType();
        String formula = "";
        if (type == CellType.FORMULA) {
            formula = cell.getCellFormula();
            type = cell.getCachedFormulaResultType();
        }
        RawCell.Type kind;
        String text;
        switch (type) {
            case NUMERIC -> {
                kind = RawCell.Type.NUMBER;
                text = number(Double.toString(cell.getNumericCellValue()));
            }
            case STRING -> {
                kind = RawCell.Type.TEXT;
                text = cell.getStringCellValue();
            }
            case BOOLEAN -> {
                kind = RawCell.Type.BOOLEAN;
                text = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            }
            case ERROR -> {
                kind = RawCell.Type.ERROR;
                text = FormulaError.isValidCode(cell.getErrorCellValue())
                        ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#N/A";
            }
            default -> {
                kind = RawCell.Type.NUMBER;
                text = "";
            }
        }
        return text.isEmpty() && formula.isEmpty() ? null : new RawCell(kind, text, formula);
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    /** The names whose formula is one cell of one of the sheets, e.g. {@code '依申请公开'!$J$5}. */
    private static Map<String, CellRef> singleCellNames(Map<String, String> formulas, List<String> sheets) {
        Set<String> known = new HashSet<>(sheets);
        Map<String, CellRef> names = new HashMap<>();
        formulas.forEach((name, formula) -> {
            CellRef ref = reference(formula.strip());
            if (ref != null && known.contains(ref.sheet())) {
                names.put(name, ref);
            }
        });
        return names;
    }

    /** Parses {@code 'It''s'!$B$2}, {@code 封面!$C$3} or {@code Sheet1!B2}; null for anything else. */
    private static CellRef reference(String formula) {
        String sheet;
        int bang;
        if (formula.startsWith("'")) {
            StringBuilder name = new StringBuilder();
            int i = 1;
            while (true) {
                int quote = formula.indexOf('\'', i);
                if (quote < 0) {
                    return null;
                }
                name.append(formula, i, quote);
                if (quote + 1 < formula.length() && formula.charAt(quote + 1) == '\'') {
                    name.append('\'');
                    i = quote + 2;
                } else {
                    bang = quote + 1;
                    break;
                }
            }
            sheet = name.toString();
        } else {
            bang = formula.indexOf('!');
            sheet = bang > 0 ? formula.substring(0, bang) : "";
        }
        if (sheet.isEmpty() || bang >= formula.length() || formula.charAt(bang) != '!') {
            return null;
        }
        long at = a1(formula, bang + 1, true);
        return at < 0 ? null : new CellRef(sheet, (int) (at >>> 32), (int) at);
    }

    /**
     * Parses an A1 address running from {@code from} to the end of {@code text}, with {@code $} signs if allowed.
     *
     * @return the 0-based row in the high and the 0-based column in the low 32 bits, or -1 if it is not one cell
     */
    private static long a1(String text, int from, boolean dollars) {
        int i = from;
        int end = text.length();
        if (dollars && i < end && text.charAt(i) == '$') {
            i++;
        }
        int column = 0;
        int letters = 0;
        for (; i < end && letters <= 3; i++, letters++) {
            char ch = text.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + ch - 'A' + 1;
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + ch - 'a' + 1;
            } else {
                break;
            }
        }
        if (dollars && i < end && text.charAt(i) == '$') {
            i++;
        }
        int row = 0;
        int digits = 0;
        for (; i < end && digits <= 7; i++, digits++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                break;
            }
            row = row * 10 + ch - '0';
        }
        if (i != end || letters == 0 || letters > 3 || digits == 0 || digits > 7) {
            return -1;
        }
        return position(row - 1, column - 1);
    }

    /** A 0-based position packed as {@link #a1} returns it, or -1 when it lies outside a sheet. */
    private static long position(int row, int column) {
        if (row < 0 || row >= MAX_ROW || column < 0 || column >= MAX_COLUMN) {
            return -1;
        }
        return (long) row << 32 | column;
    }

    /** A number's text as stored, without a trailing {@code .0}: {@code 12}, {@code 2.5}, {@code 1.0E-3}. */
    private static String number(String text) {
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** The start of a text from the file, for a message. */
    private static String shorten(String text) {
        return shorten(text, 40);
    }

    /** The start of a text, on one line, for a message; lower layers' messages may be long dumps. */
    private static String shorten(String text, int max) {
        String line = String.valueOf(text).replaceAll("\\s+", " ").strip();
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Aalto, about twice as fast as the JDK's parser on worksheet XML (measured with the bench command); it reads
     * the bytes itself, so the encoding comes from the part's byte order mark or declaration. No DTD, no entities.
     */
    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** A refusal of the reader's own, its message already Chinese, raised while the parser pulls events. */
    private static final class Refusal extends XMLStreamException {

        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason);
        }
    }
}
