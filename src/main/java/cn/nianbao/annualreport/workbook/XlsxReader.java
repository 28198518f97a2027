package cn.nianbao.annualreport.workbook;

import static cn.nianbao.annualreport.workbook.WorkbookReader.MAX_CELLS;
import static cn.nianbao.annualreport.workbook.WorkbookReader.limit;
import static cn.nianbao.annualreport.workbook.WorkbookReader.number;
import static cn.nianbao.annualreport.workbook.WorkbookReader.shorten;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
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

import cn.nianbao.annualreport.form.A1;
import cn.nianbao.annualreport.form.CellRef;
import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.Reason;
import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * The guarded .xlsx/.xlsm reader: a zip streamed part by part with StAX, without a spreadsheet engine, every part
 * read within the limits {@link WorkbookReader} lists. {@code xl/workbook.xml} gives the sheets and defined names,
 * its relationships the sheet parts; then the shared strings and every worksheet are read. The styles part is
 * only unzipped to bound its records (a spreadsheet engine that opens the file later holds them all), and anything
 * else in the zip (drawings, comments, macros) is never opened, unless the file is to be opened by such an engine
 * ({@link #validate}), in which case every XML part is scanned under the same guards.
 */
final class XlsxReader {

    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_PART_MB = 64;
    private static final int MAX_TOTAL_MB = 256;
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

    /** The records of a styles part counted against {@link #MAX_STYLES}. */
    private static final Set<String> STYLE_RECORDS = Set.of("xf", "font", "fill", "border", "numFmt", "dxf",
            "cellStyle", "tableStyle");


    private static final XMLInputFactory XML = xmlFactory();

    private XlsxReader() {
    }

    /** Reads the sheets, names and cells of an .xlsx, refusing it with a reason if it is hostile. */
    static WorkbookContents read(Path file) throws IOException {
        return read(file, Set.of());
    }

    /** Reads as {@link #read(Path)} does, without unzipping the sheets named in {@code skipped} (listed, empty). */
    static WorkbookContents read(Path file, Set<String> skipped) throws IOException {
        return withZip(file, xlsx -> xlsx.read(skipped));
    }

    /**
     * Refuses the file for every reason {@link #read} refuses one, and for any other XML part (styles, themes,
     * drawings, comments, properties) that breaks the same guards: what a spreadsheet engine opening it would parse.
     */
    static void validate(Path file) throws IOException {
        withZip(file, xlsx -> {
            xlsx.validate();
            return null;
        });
    }

    /** Work on one .xlsx being read. */
    @FunctionalInterface
    private interface ZipWork<T> {
        T run(Xlsx xlsx) throws IOException;
    }

    private static <T> T withZip(Path file, ZipWork<T> work) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UnreadableWorkbookException(Reason.of("workbook.zip-entries", "limit", MAX_ENTRIES));
            }
            refuseDuplicateEntries(zip);
            return work.run(new Xlsx(zip));
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (IOException e) {
            // the zip's own structure: a ZipException, or an EOFException for a directory that runs past the end
            throw corruptZip(e);
        } catch (BudgetExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // java.util.zip's answer to some garbage, e.g. an entry name that is not valid UTF-8
            throw new UnreadableWorkbookException(Reason.of("workbook.zip-names"), e);
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
                throw new UnreadableWorkbookException(Reason.of("workbook.zip-duplicate", "name",
                        shorten(entry.getName())));
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
        /** The parts parsed so far, by lower-case name. */
        private final Set<String> parsed = new HashSet<>();
        /** The styles part's lower-case name, once it was looked at. */
        private String styles;
        /** What the part's stream threw last: the XML parser wraps it in an exception that may not keep it. */
        private IOException streamFailure;

        Xlsx(ZipFile zip) {
            this.zip = zip;
        }

        WorkbookContents read() throws IOException {
            return read(Set.of());
        }

        WorkbookContents read(Set<String> skipped) throws IOException {
            ZipEntry workbookEntry = entry("xl/workbook.xml");
            if (workbookEntry == null) {
                throw UnreadableWorkbookException.of("workbook.no-workbook-part");
            }
            WorkbookPart workbook = parse(workbookEntry, this::workbook);
            ZipEntry relsEntry = entry("xl/_rels/workbook.xml.rels");
            Relationships rels = relsEntry == null ? new Relationships(Map.of(), null, null)
                    : parse(relsEntry, this::relationships);
            ZipEntry stylesEntry = entry(rels.styles() != null ? rels.styles() : "xl/styles.xml");
            if (stylesEntry != null && markup(stylesEntry) > MAX_STYLES) {
                parse(stylesEntry, this::styles); // to count its records, which only a parser can tell
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
                if (part != null && !skipped.contains(sheet.name())) {
                    parse(part, xml -> worksheet(xml, sheet.name(), strings, cells));
                }
            }
            return WorkbookContents.withNames(sheets, workbook.names(), cells);
        }

        /**
         * Reads the workbook as {@link #read} does, then parses every XML part not read yet (the styles part with
         * its records counted) under the same guards and limits, keeping nothing.
         */
        void validate() throws IOException {
            read();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (!entry.isDirectory() && !parsed.contains(name)
                        && (name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml"))) {
                    parse(entry, name.equals(styles) ? this::styles : this::scan);
                }
            }
        }

        /**
         * How many bytes {@code <} the part holds, unzipped within the limits but not parsed: a bound on its elements
         * in any encoding (every {@code <} has that byte).
         */
        private long markup(ZipEntry entry) throws IOException {
            if (entry.getSize() > (long) MAX_PART_MB << 20) {
                throw partBomb();
            }
            styles = entry.getName().toLowerCase(Locale.ROOT);
            long count = 0;
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = new Limited(zip.getInputStream(entry))) {
                for (int n = in.read(buffer, 0, CHUNK); n > 0; n = in.read(buffer, 0, CHUNK)) {
                    for (int i = 0; i < n; i++) {
                        count += buffer[i] == '<' ? 1 : 0;
                    }
                }
            } catch (IOException e) {
                throw explain(e);
            }
            return count;
        }

        /** Pulls every event of a part, keeping nothing: the guards and limits are what matters. */
        private Void scan(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                xml.next();
            }
            return null;
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
            parsed.add(entry.getName().toLowerCase(Locale.ROOT));
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
                Reason why = e instanceof Refusal refusal ? refusal.reason : FailureReasons.xml(e);
                throw malformed(entry, why, e);
            } catch (IOException e) {
                IOException cause = streamFailure != null ? streamFailure : e;
                if (cause instanceof UnreadableWorkbookException || cause instanceof ZipException
                        || cause instanceof EOFException) {
                    throw explain(cause);
                }
                // the parser's own, e.g. a CharConversionException for bytes that are not in the declared encoding
                throw malformed(entry, FailureReasons.xml(e), e);
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
                            limit(sheets.size(), MAX_ENTRIES, "workbook.many.sheets");
                            unique(sheetNames, name, "workbook.sheet-twice");
                            sheets.add(new SheetEntry(name, relationId(xml)));
                        }
                    }
                    case "definedName" -> {
                        String name = xml.getAttributeValue(null, "name");
                        String scope = xml.getAttributeValue(null, "localSheetId");
                        String formula = text(xml);
                        if (name != null && scope == null) {
                            limit(names.size(), MAX_CELLS, "workbook.many.names");
                            unique(scopedNames, name, "workbook.name-twice");
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
                    limit(targets.size(), MAX_ENTRIES, "workbook.many.relationships");
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
                        throw BudgetExceeded.tooLarge(Reason.of("workbook.styles", "limit", MAX_STYLES));
                    }
                }
            }
            return null;
        }

        private List<String> sharedStrings(XMLStreamReader xml) throws XMLStreamException, IOException {
            List<String> strings = new ArrayList<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                    limit(strings.size(), MAX_CELLS, "workbook.many.strings");
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
                                throw BudgetExceeded.tooLarge(Reason.of("workbook.cell-elements", "limit",
                                        MAX_CELL_ELEMENTS));
                            }
                            String r = xml.getAttributeValue(null, "r");
                            long at = r == null ? A1.pack(row, column + 1) : A1.position(r, 0, false);
                            if (at < 0) {
                                throw new UnreadableWorkbookException(new Reason("workbook.cell-address",
                                        Map.of("sheet", sheet, "address", r == null
                                                ? Reason.of("workbook.not-in-row") : shorten(r))));
                            }
                            row = A1.row(at);
                            column = A1.column(at);
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
                        limit(cells.size(), MAX_CELLS, "workbook.many.cells");
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
                                throw new UnreadableWorkbookException(Reason.of("workbook.too-much-text",
                                        "limit", MAX_CHARS));
                            }
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return;
                    }
                    case XMLStreamConstants.START_ELEMENT ->
                        throw new Refusal(Reason.of("workbook.child-in-text", "element",
                                shorten(xml.getLocalName())));
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
                        throw new Refusal(Reason.of("workbook.nesting", "limit", MAX_DEPTH));
                    }
                    if (++elements % CHECKPOINT_EVERY == 0) {
                        FileBudget.checkpoint();
                    }
                    if (elements > MAX_ELEMENTS) {
                        throw BudgetExceeded.tooLarge(Reason.of("workbook.xml-elements", "limit", MAX_ELEMENTS));
                    }
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
                if (event == XMLStreamConstants.DTD) {
                    throw new Refusal(Reason.of("workbook.dtd"));
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
                            throw new UnreadableWorkbookException(Reason.of("workbook.zip-bomb-total", "limit",
                                    MAX_TOTAL_MB));
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
                    throw new UnreadableWorkbookException(Reason.of("workbook.xml-token", "limit", MAX_TOKEN_MB));
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
            throw new UnreadableWorkbookException(Reason.of("workbook.no-shared-string", "index", shorten(index)));
        }
        return strings.get(i);
    }

    private static int rowNumber(String r) throws UnreadableWorkbookException {
        int row = r.isEmpty() || r.length() > 7 ? -1 : 0;
        for (int i = 0; i < r.length() && row >= 0; i++) {
            char ch = r.charAt(i);
            row = ch >= '0' && ch <= '9' ? row * 10 + ch - '0' : -1;
        }
        if (row < 1 || row > A1.MAX_ROW) {
            throw new UnreadableWorkbookException(Reason.of("workbook.row-number", "row", shorten(r)));
        }
        return row - 1;
    }

    /**
     * Adds a name to {@code seen} (names ignore case), refusing the file for the reason of {@code key} with the name
     * when it is there already.
     */
    private static void unique(Set<String> seen, String name, String key) throws UnreadableWorkbookException {
        if (!seen.add(name.toLowerCase(Locale.ROOT))) {
            throw new UnreadableWorkbookException(Reason.of(key, "name", shorten(name)));
        }
    }

    private static UnreadableWorkbookException partBomb() {
        return new UnreadableWorkbookException(Reason.of("workbook.zip-bomb-part", "limit", MAX_PART_MB));
    }

    private static UnreadableWorkbookException corruptZip(IOException e) {
        return new UnreadableWorkbookException(Reason.of("workbook.zip-damaged", "why", FailureReasons.zip(e)), e);
    }

    /** A part the XML parser or the guards refused, for {@code why}. */
    private static UnreadableWorkbookException malformed(ZipEntry entry, Reason why, Exception e) {
        return new UnreadableWorkbookException(new Reason("workbook.xml", Map.of("part", shorten(entry.getName()),
                "why", why)), e);
    }

    /** What a failure to read a part means: a refusal stays one, broken compressed data is a corrupt zip. */
    private static IOException explain(IOException e) {
        return e instanceof ZipException || e instanceof EOFException ? corruptZip(e) : e;
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

    /** A refusal of the reader's own, for its reason, raised while the parser pulls events. */
    private static final class Refusal extends XMLStreamException {

        private static final long serialVersionUID = 1L;

        private final transient Reason reason;

        Refusal(Reason reason) {
            super(reason.chinese());
            this.reason = reason;
        }
    }
}
