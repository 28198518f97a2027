package cn.nianbao.annualreport.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The form definitions as the YAML gives them, in a compact binary file the launcher makes once per build (beside
 * the jar, like its class archive) and names in the system property {@code nianbao.forms}: a command that starts
 * reads it in about 40 ms of CPU instead of parsing the YAML with Jackson and building every edition (about 0.2 s,
 * on this project's 2-core machine, with the class archive). The YAML stays the one source: the snapshot carries
 * the names and a checksum of the YAML files it was made from, and one whose files on the class path now differ, or
 * that cannot be read, is not used. Made by
 * {@code java -cp nianbao.jar cn.nianbao.annualreport.form.FormSnapshot FILE}.
 *
 * <p>The format is a tree of tagged values: texts, whole numbers, decimals, regular expressions, lists, sets,
 * maps, optionals, enum constants and records (by class name, their components in order, built through their
 * canonical constructors), with {@link FormDefinition} and {@link FormDefinitions} as records of their constructor
 * arguments; a record or text equal to one met before is written as a back reference to it (the definitions make
 * the same cell code many times over; read back, they share one).
 */
public final class FormSnapshot {

    /** The system property naming the snapshot file. */
    static final String PROPERTY = "nianbao.forms";

    private static final int VERSION = 1;
    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int WHOLE = 2;
    private static final int TRUE = 3;
    private static final int FALSE = 4;
    private static final int DECIMAL = 5;
    private static final int LIST = 6;
    private static final int SET = 7;
    private static final int MAP = 8;
    private static final int ABSENT = 9;
    private static final int PRESENT = 10;
    private static final int RECORD = 11;
    private static final int CONSTANT = 12;
    private static final int PATTERN = 13;
    private static final int AGAIN = 14;
    private static final int FORM = 15;
    private static final int FORMS = 16;

    private FormSnapshot() {
    }

    /** Writes the snapshot of the YAML on the class path to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        FormDefinitions forms = FormDefinitions.readYaml(files);
        Files.write(Path.of(args[0]), write(forms, List.copyOf(files)));
    }

    /** The snapshot of the definitions, stamped with the checksum of the YAML files they were read from. */
    static byte[] write(FormDefinitions forms, List<String> yamlFiles) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(yamlFiles.size());
            for (String file : yamlFiles) {
                out.writeUTF(file);
            }
            out.writeLong(checksum(yamlFiles));
            new Writer(out).value(forms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The definitions of a snapshot file, if it can be read and was made from the YAML on the class path now;
     * empty otherwise (then the YAML is read).
     */
    static Optional<FormDefinitions> read(Path file) {
        try {
            return read(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The definitions of a snapshot, if it is of this format and its YAML files are unchanged. */
    static Optional<FormDefinitions> read(byte[] snapshot) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
        if (in.readInt() != VERSION) {
            return Optional.empty();
        }
        List<String> files = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            files.add(in.readUTF());
        }
        if (in.readLong() != checksum(files)) {
            return Optional.empty();
        }
        return Optional.of((FormDefinitions) new Reader(in).value());
    }

    /** The CRC-32 of the YAML files on the class path, in order; a file missing counts as empty. */
    private static long checksum(List<String> files) throws IOException {
        CRC32 crc = new CRC32();
        for (String file : files) {
            try (InputStream in = FormSnapshot.class.getResourceAsStream(FormDefinitions.ROOT + file)) {
                byte[] content = in == null ? new byte[0] : in.readAllBytes();
                crc.update(file.getBytes(StandardCharsets.UTF_8));
                crc.update(content.length);
                crc.update(content);
            }
        }
        return crc.getValue();
    }

    /** Writes values, each record and text once, later meetings as back references. */
    private static final class Writer {

        private final DataOutputStream out;
        private final Map<Object, Integer> seen = new HashMap<>();
        private final Map<String, Integer> texts = new HashMap<>();
        private final Map<Class<?>, Integer> classes = new HashMap<>();
        private int count;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void value(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                text(text);
            } else if (value instanceof Integer whole) {
                out.writeByte(WHOLE);
                out.writeInt(whole);
            } else if (value instanceof Boolean truth) {
                out.writeByte(truth ? TRUE : FALSE);
            } else if (value instanceof BigDecimal decimal) {
                out.writeByte(DECIMAL);
                out.writeUTF(decimal.toString());
            } else if (value instanceof Pattern pattern) {
                out.writeByte(PATTERN);
                out.writeUTF(pattern.pattern());
                out.writeInt(pattern.flags());
            } else if (value instanceof Optional<?> optional) {
                out.writeByte(optional.isPresent() ? PRESENT : ABSENT);
                if (optional.isPresent()) {
                    value(optional.get());
                }
            } else if (value instanceof List<?> list) {
                elements(LIST, list);
            } else if (value instanceof Set<?> set) {
                elements(SET, set.stream().sorted(Comparator.comparing(String::valueOf)).toList());
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    value(entry.getKey());
                    value(entry.getValue());
                }
            } else if (value instanceof Enum<?> constant) {
                out.writeByte(CONSTANT);
                type(constant.getDeclaringClass());
                out.writeUTF(constant.name());
            } else {
                object(value);
            }
        }

        private void object(Object value) throws IOException {
            Integer again = seen.get(value);
            if (again != null) {
                out.writeByte(AGAIN);
                out.writeInt(again);
                return;
            }
            if (value instanceof FormDefinition form) {
                out.writeByte(FORM);
                for (Object argument : List.of(form.edition(), form.title(), form.issuedBy(), form.firstYear(),
                        form.tables(), form.kinds(), form.rules(), form.workbook(), form.notes(), form.variant(),
                        form.newest(), form.narrative())) {
                    value(argument);
                }
            } else if (value instanceof FormDefinitions forms) {
                out.writeByte(FORMS);
                Map<String, FormDefinition> editions = new LinkedHashMap<>();
                forms.all().forEach(form -> editions.put(form.edition(), form));
                value(editions);
                value(forms.variants());
                value(forms.findings());
            } else if (value instanceof Record record) {
                out.writeByte(RECORD);
                type(record.getClass());
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        component.getAccessor().setAccessible(true);
                        value(component.getAccessor().invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(component.toString(), e);
                    }
                }
            } else {
                throw new IllegalArgumentException("表单定义快照不能写出 " + value.getClass().getName());
            }
            seen.put(value, count++);
        }

        private void text(String text) throws IOException {
            Integer again = texts.get(text);
            if (again != null) {
                out.writeByte(AGAIN);
                out.writeInt(again);
                return;
            }
            out.writeByte(TEXT);
            out.writeUTF(text);
            texts.put(text, count++);
        }

        private void elements(int tag, Collection<?> elements) throws IOException {
            out.writeByte(tag);
            out.writeInt(elements.size());
            for (Object element : elements) {
                value(element);
            }
        }

        private void type(Class<?> type) throws IOException {
            Integer known = classes.get(type);
            out.writeInt(known == null ? classes.size() : known);
            if (known == null) {
                classes.put(type, classes.size());
                out.writeUTF(type.getName());
            }
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static final class Reader {

        private final DataInputStream in;
        private final List<Object> seen = new ArrayList<>();
        private final List<Class<?>> classes = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Object value() throws IOException {
            int tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case TEXT -> remember(in.readUTF());
                case WHOLE -> in.readInt();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case DECIMAL -> new BigDecimal(in.readUTF());
                case PATTERN -> Pattern.compile(in.readUTF(), in.readInt());
                case ABSENT -> Optional.empty();
                case PRESENT -> Optional.of(value());
                case LIST -> List.of(elements());
                case SET -> Set.of(elements());
                case MAP -> map();
                case CONSTANT -> Enum.valueOf((Class) type(), in.readUTF());
                case AGAIN -> seen.get(in.readInt());
                case RECORD -> remember(record(type()));
                case FORM -> remember(new FormDefinition(next(), next(), next(), (Integer) next(), next(), next(),
                        next(), next(), next(), next(), next(), next()));
                case FORMS -> remember(new FormDefinitions(next(), next(), next()));
                default -> throw new IOException("表单定义快照有误：未知的标记 " + tag);
            };
        }

        private Object remember(Object value) {
            seen.add(value);
            return value;
        }

        private Object[] elements() throws IOException {
            Object[] elements = new Object[in.readInt()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = value();
            }
            return elements;
        }

        private Map<Object, Object> map() throws IOException {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                map.put(value(), value());
            }
            return map;
        }

        /**
         * A record of the definitions from its components, in the order of its canonical constructor (the order the
         * writer found them in); called directly, as reflection would cost a start-up more than all the rest.
         */
        private Object record(Class<?> type) throws IOException {
            String name = type.getName().substring(type.getPackageName().length() + 1);
            return switch (name) {
                case "CellCode" -> new CellCode(next(), next(), next());
                case "Term" -> new Term(next(), (Integer) next(), (Integer) next());
                case "RowDef" -> new RowDef(next(), next(), next());
                case "ColumnDef" -> new ColumnDef(next(), next(), next(), next());
                case "Block" -> new Block(next(), next(), next(), next(), next());
                case "TableDef" -> new TableDef(next(), next(), next(), next());
                case "ValueKind" -> new ValueKind(next(), next(), next(), next(), (Boolean) next(), next(), next(),
                        next(), next(), next());
                case "SumRule" -> new SumRule(next(), next(), next(), next(), next());
                case "BalanceRule" -> new BalanceRule(next(), next(), next(), next(), next());
                case "ValueRule" -> new ValueRule(next(), next(), next(), next(), next());
                case "CrossYearRule" -> new CrossYearRule(next(), next(), next(), next(), next());
                case "Variant" -> new Variant(next(), next(), next());
                case "NewestEdition" -> new NewestEdition(next(), (Integer) next());
                case "NarrativeRules" -> new NarrativeRules(next(), next(), next(), next());
                case "NarrativeRules$Statement" -> new NarrativeRules.Statement(next(), next(), next(), next());
                case "FindingCatalog" -> new FindingCatalog(next(), next());
                case "FindingCatalog$Entry" -> new FindingCatalog.Entry(next(), next(), next(), next(), next());
                case "WorkbookParts" -> new WorkbookParts(next(), next(), next(), next(), next(), next());
                case "WorkbookParts$Cover" -> new WorkbookParts.Cover(next(), next(), next());
                case "WorkbookParts$CoverField" -> new WorkbookParts.CoverField(next(), next(), next(), next());
                case "WorkbookParts$Checks" -> new WorkbookParts.Checks(next(), next(), next(), next(), next(),
                        next());
                case "WorkbookParts$Notes" -> new WorkbookParts.Notes(next(), next(), next());
                case "WorkbookParts$Narrative" -> new WorkbookParts.Narrative(next(), next());
                case "WorkbookParts$Source" -> new WorkbookParts.Source(next(), next());
                default -> throw new IOException("表单定义快照有误：不认识的记录 " + type.getName());
            };
        }

        /** The next value, as the type the constructor it is passed to takes. */
        @SuppressWarnings("unchecked")
        private <T> T next() throws IOException {
            return (T) value();
        }

        private Class<?> type() throws IOException {
            int index = in.readInt();
            if (index < classes.size()) {
                return classes.get(index);
            }
            try {
                Class<?> type = Class.forName(in.readUTF(), false, FormSnapshot.class.getClassLoader());
                classes.add(type);
                return type;
            } catch (ClassNotFoundException e) {
                throw new IOException("表单定义快照有误：" + e.getMessage(), e);
            }
        }
    }
}
