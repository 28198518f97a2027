package cn.nianbao.annualreport.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import cn.nianbao.annualreport.form.FormFiles.BlockEntry;
import cn.nianbao.annualreport.form.FormFiles.ColumnEntry;
import cn.nianbao.annualreport.form.FormFiles.EditionFile;
import cn.nianbao.annualreport.form.FormFiles.FindingEntry;
import cn.nianbao.annualreport.form.FormFiles.FindingsFile;
import cn.nianbao.annualreport.form.FormFiles.KindEntry;
import cn.nianbao.annualreport.form.FormFiles.KindsFile;
import cn.nianbao.annualreport.form.FormFiles.NarrativeFile;
import cn.nianbao.annualreport.form.FormFiles.RowEntry;
import cn.nianbao.annualreport.form.FormFiles.RuleEntry;
import cn.nianbao.annualreport.form.FormFiles.StatementEntry;
import cn.nianbao.annualreport.form.FormFiles.TableFile;
import cn.nianbao.annualreport.form.FormFiles.VariantEntry;
import cn.nianbao.annualreport.form.FormFiles.WorkbookFile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Loads the form definitions of every edition from {@code workbook-templates/forms/} on the class path.
 *
 * <pre>{@code
 * FormDefinition form = FormDefinitions.load().edition("2021").orElseThrow();
 * }</pre>
 */
public final class FormDefinitions {

    /** Where the definitions are on the class path. */
    static final String ROOT = "/workbook-templates/forms/";
    private static final String FINDINGS = "findings.yaml";
    private static final String NARRATIVE = "narrative.yaml";
    private static final Pattern FRAGMENT = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String SHEET_NAME_FORBIDDEN = "[]:*?/\\";

    private final Map<String, FormDefinition> editions;
    private final List<String> order;
    private final List<FormDefinition> variants;
    private final FindingCatalog findings;

    FormDefinitions(Map<String, FormDefinition> editions, List<FormDefinition> variants,
            FindingCatalog findings) {
        this.editions = Map.copyOf(editions);
        this.order = List.copyOf(editions.keySet());
        this.variants = List.copyOf(variants);
        this.findings = findings;
    }

    /** The definitions {@link #loadInBackground} started reading, until {@link #load} takes them. */
    private static CompletableFuture<FormDefinitions> early;

    /**
     * Starts reading the definitions on a thread of its own, for the next {@link #load} to take: a command's start
     * (parsing its arguments, loading classes) and the reading then share the machine's cores.
     */
    public static synchronized void loadInBackground() {
        if (early == null) {
            early = CompletableFuture.supplyAsync(FormDefinitions::read, runnable -> {
                Thread thread = new Thread(runnable, "nianbao-forms");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** Reads and validates every edition; a broken file fails here with its name and the path inside it. */
    public static FormDefinitions load() {
        CompletableFuture<FormDefinitions> started;
        synchronized (FormDefinitions.class) {
            started = early;
            early = null;
        }
        if (started == null) {
            return read();
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * The definitions of the snapshot the launcher made of the YAML ({@link FormSnapshot}, named by the system
     * property {@code nianbao.forms}), or, when there is none or the YAML changed since, of the YAML itself.
     */
    private static FormDefinitions read() {
        String snapshot = System.getProperty(FormSnapshot.PROPERTY);
        return Optional.ofNullable(snapshot).flatMap(file -> FormSnapshot.read(Path.of(file)))
                .orElseGet(FormDefinitions::readYaml);
    }

    /** Reads and validates every edition from the YAML. */
    static FormDefinitions readYaml() {
        return readYaml(new LinkedHashSet<>());
    }

    /** Reads and validates every edition from the YAML, adding the name of each file read to {@code files}. */
    static FormDefinitions readYaml(Set<String> files) {
        YamlFiles yaml = new YamlFiles(new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES), files);
        WorkbookFile workbookFile = yaml.read("workbook.yaml", WorkbookFile.class);
        WorkbookParts parts = workbookParts(workbookFile);
        Map<String, ValueKind> kinds = kinds(yaml.read("value-kinds.yaml", KindsFile.class));
        FindingCatalog findings = findings(yaml.read(FINDINGS, FindingsFile.class));
        NarrativeRules narrative = narrative(yaml.read(NARRATIVE, NarrativeFile.class));
        Map<String, FormDefinition> editions = new LinkedHashMap<>();
        List<FormDefinition> variants = new ArrayList<>();
        Optional<NewestEdition> newest = Optional.empty();
        for (String code : workbookFile.editions()) {
            String file = "edition-" + code + ".yaml";
            EditionFile edition = yaml.read(file, EditionFile.class);
            if (newest.isEmpty()) {
                newest = Optional.of(new NewestEdition(edition.edition(), edition.firstYear()));
            }
            try {
                editions.put(code, edition(yaml, edition, kinds, parts, Optional.empty(), newest.get(),
                        narrative));
                for (VariantEntry variant : FormFiles.orEmpty(edition.variants())) {
                    variants.add(edition(yaml, edition, kinds, parts, Optional.of(variant),
                            newest.get(), narrative));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("表单定义 " + file + "：" + e.getMessage(), e);
            }
        }
        checkNarrativeCells(narrative, editions.values());
        return new FormDefinitions(editions, variants, findings);
    }

    /**
     * The catalog of every finding that is not a rule of the forms ({@code findings.yaml}), checked against
     * {@link FindingKind}.
     */
    public FindingCatalog findings() {
        return findings;
    }

    /**
     * Every rule id the definitions and the catalog can produce: the catalog's, then each edition's and variant's
     * sum, balance, value and cross-year rules.
     */
    public Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>(findings.ids());
        for (FormDefinition form : allWithVariants()) {
            form.rules().forEach(rule -> ids.add(rule.id()));
            form.kinds().forEach(kind -> ids.add(kind.ruleId()));
        }
        return Collections.unmodifiableSet(ids);
    }

    private List<FormDefinition> allWithVariants() {
        List<FormDefinition> forms = new ArrayList<>(all());
        forms.addAll(variants);
        return forms;
    }

    /** The edition with this code ({@code 2021}, {@code 2019}), if there is one. */
    public Optional<FormDefinition> edition(String code) {
        return Optional.ofNullable(editions.get(code));
    }

    /** Every edition, newest first as listed in {@code workbook.yaml}. */
    public List<FormDefinition> all() {
        return order.stream().map(editions::get).toList();
    }

    /** The variants of the editions seen in real reports, each a form of its own edition. */
    public List<FormDefinition> variants() {
        return variants;
    }

    /** The codes of every edition, in the order of {@link #all()}. */
    public List<String> codes() {
        return order;
    }

    private static FormDefinition edition(YamlFiles yaml, EditionFile file, Map<String, ValueKind> kinds,
            WorkbookParts parts, Optional<VariantEntry> variant, NewestEdition newest, NarrativeRules narrative) {
        List<TableDef> tables = new ArrayList<>();
        List<List<RuleEntry>> ruleEntries = new ArrayList<>();
        for (String name : file.tables()) {
            String path = "tables/" + name + ".yaml";
            TableFile tableFile = yaml.read(path, TableFile.class);
            try {
                tables.add(table(tableFile, file.edition(), kinds, variant));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + "：" + e.getMessage(), e);
            }
            ruleEntries.add(FormFiles.orEmpty(tableFile.rules()));
        }
        checkSheetNames(tables, parts);
        Set<CellCode> cells = new HashSet<>();
        tables.forEach(t -> t.cells().forEach(c -> {
            if (!cells.add(c.code())) {
                throw new IllegalArgumentException("单元格代码重复：" + c.code());
            }
        }));
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            RuleExpander expander = new RuleExpander(tables.get(i), cells);
            for (RuleEntry entry : ruleEntries.get(i)) {
                try {
                    rules.addAll(expander.expand(entry));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("tables/" + file.tables().get(i) + ".yaml rules/" + entry.id()
                            + "：" + e.getMessage(), e);
                }
            }
        }
        rules.addAll(valueRules(tables, kinds));
        return new FormDefinition(file.edition(), file.title(), file.issuedBy(), file.firstYear(), tables,
                List.copyOf(kinds.values()), rules, parts, FormFiles.orEmpty(file.notes()),
                variant.map(v -> new Variant(v.code(), v.note(), v.noteEn())), newest, narrative);
    }

    /**
     * The narrative rules, with every {@code {{fragment}}} of the fragments and patterns replaced (a fragment may use
     * {@code {{clause_ends}}} and the fragments before it); a pattern that does not compile, or uses an unknown
     * fragment, fails naming its statement.
     */
    private static NarrativeRules narrative(NarrativeFile file) {
        try {
            Map<String, String> known = new LinkedHashMap<>();
            known.put("clause_ends", Objects.requireNonNull(file.clauseEnds(), "clause_ends"));
            if (file.fragments() != null) {
                file.fragments().forEach((name, text) -> known.put(name, expand(text, known, "片段 " + name)));
            }
            List<NarrativeRules.Statement> statements = new ArrayList<>();
            for (StatementEntry entry : FormFiles.orEmpty(file.statements())) {
                String where = "说法 " + entry.id();
                Pattern pattern;
                try {
                    pattern = Pattern.compile(expand(entry.pattern(), known, where));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(where + " 的正则有误：" + e.getDescription(), e);
                }
                if (pattern.matcher("").groupCount() > 1) {
                    throw new IllegalArgumentException(where + " 的正则最多有一个分组（所说的数）");
                }
                List<String> kept = FormFiles.orEmpty(entry.notAnotherTotal());
                for (String word : kept) {
                    if (!FormFiles.orEmpty(file.anotherTotal()).contains(word)) {
                        throw new IllegalArgumentException(where + " 的 not_another_total 中的“" + word
                                + "”不在 another_total 中");
                    }
                }
                Optional<Pattern> own = kept.isEmpty() ? Optional.empty() : Optional.of(anyOf(
                        FormFiles.orEmpty(file.anotherTotal()).stream().filter(w -> !kept.contains(w)).toList()));
                statements.add(new NarrativeRules.Statement(entry.id(), pattern,
                        FormFiles.orEmpty(entry.cells()).stream().map(CellCode::parse).toList(), own));
            }
            return new NarrativeRules(file.clauseEnds(), anyOf(FormFiles.orEmpty(file.anotherTotal())), statements);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("表单定义 " + NARRATIVE + "：" + e.getMessage(), e);
        }
    }

    /** A pattern matching any of the words, or nothing when there are none. */
    private static Pattern anyOf(List<String> words) {
        return Pattern.compile(words.isEmpty() ? "(?!)" : words.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    private static String expand(String text, Map<String, String> fragments, String where) {
        if (text == null) {
            throw new IllegalArgumentException(where + " 没有内容");
        }
        Matcher m = FRAGMENT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            String value = fragments.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(where + " 引用了未定义的片段 {{" + m.group(1) + "}}");
            }
            m.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        return m.appendTail(expanded).toString();
    }

    private static void checkNarrativeCells(NarrativeRules narrative, Collection<FormDefinition> editions) {
        Set<CellCode> cells = new HashSet<>();
        editions.forEach(form -> form.cells().forEach(c -> cells.add(c.code())));
        for (NarrativeRules.Statement statement : narrative.statements()) {
            for (CellCode code : statement.cells()) {
                if (!cells.contains(code)) {
                    throw new IllegalStateException("表单定义 " + NARRATIVE + "：说法 " + statement.id()
                            + " 的单元格 " + code + " 在任何版本中都没有定义");
                }
            }
        }
    }

    private static FindingCatalog findings(FindingsFile file) {
        try {
            List<FindingCatalog.Entry> entries = new ArrayList<>();
            for (FindingEntry e : FormFiles.orEmpty(file.findings())) {
                entries.add(new FindingCatalog.Entry(e.id(), severity(e.id(), e.severity()),
                        Optional.ofNullable(e.converting()).map(s -> severity(e.id(), s)), e.about(),
                        e.explanation()));
            }
            return new FindingCatalog(file.topics() == null ? Map.of() : file.topics(), entries);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("表单定义 " + FINDINGS + "：" + e.getMessage(), e);
        }
    }

    private static Severity severity(String id, String text) {
        if (text == null || !List.of("error", "warning").contains(text)) {
            throw new IllegalArgumentException("发现项 " + id + " 的严重程度应为 error 或 warning：'" + text + "'");
        }
        return Severity.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static List<Rule> valueRules(List<TableDef> tables, Map<String, ValueKind> kinds) {
        List<Rule> rules = new ArrayList<>();
        for (ValueKind kind : kinds.values()) {
            List<CellCode> cells = tables.stream().flatMap(t -> t.cells().stream())
                    .filter(c -> c.kind().equals(kind)).map(CellDef::code).toList();
            if (!cells.isEmpty()) {
                rules.add(new ValueRule(kind.ruleId(), Severity.ERROR, kind.summary(), kind, cells));
            }
        }
        return rules;
    }

    private static TableDef table(TableFile file, String edition, Map<String, ValueKind> kinds,
            Optional<VariantEntry> variant) {
        List<String> add = variant.map(v -> FormFiles.orEmpty(v.addRows())).orElse(List.of());
        List<String> drop = variant.map(v -> FormFiles.orEmpty(v.dropRows())).orElse(List.of());
        Map<String, ColumnDef> columns = new LinkedHashMap<>();
        for (ColumnEntry entry : FormFiles.orEmpty(file.columns())) {
            ValueKind kind = kinds.get(entry.kind() == null ? "count" : entry.kind());
            if (kind == null) {
                throw new IllegalArgumentException("列 " + entry.code() + " 的取值类型 '" + entry.kind() + "' 未定义");
            }
            columns.put(entry.code(), new ColumnDef(entry.code(), FormFiles.orEmpty(entry.header()), kind,
                    Set.copyOf(FormFiles.orEmpty(entry.groups()))));
        }
        List<Block> blocks = new ArrayList<>();
        for (BlockEntry entry : FormFiles.orEmpty(file.blocks())) {
            List<ColumnDef> blockColumns = entry.columns() == null ? List.copyOf(columns.values())
                    : entry.columns().stream().map(code -> Optional.ofNullable(columns.get(code)).orElseThrow(
                            () -> new IllegalArgumentException("块中引用了未定义的列 " + code))).toList();
            List<RowDef> rows = FormFiles.orEmpty(entry.rows()).stream()
                    .filter(r -> r.editions() == null || r.editions().contains(edition) || add.contains(r.code()))
                    .filter(r -> !drop.contains(r.code()))
                    .map(FormDefinitions::row).toList();
            BlockLayout layout = "side-by-side".equals(entry.layout()) ? BlockLayout.SIDE_BY_SIDE : BlockLayout.GRID;
            blocks.add(new Block(Optional.ofNullable(entry.caption()), Optional.ofNullable(entry.corner()), layout,
                    rows, blockColumns));
        }
        return new TableDef(file.code(), file.title(), file.sheet(), blocks);
    }

    private static RowDef row(RowEntry entry) {
        return new RowDef(entry.code(), FormFiles.orEmpty(entry.label()),
                Set.copyOf(FormFiles.orEmpty(entry.groups())));
    }

    private static Map<String, ValueKind> kinds(KindsFile file) {
        Map<String, ValueKind> kinds = new LinkedHashMap<>();
        for (KindEntry e : file.kinds()) {
            kinds.put(e.code(), new ValueKind(e.code(), e.rule(), e.name(), e.summary(), e.integer(),
                    Optional.ofNullable(e.minimum()), Optional.ofNullable(e.unit()), e.title(), e.prompt(), e.error()));
        }
        return kinds;
    }

    private static WorkbookParts workbookParts(WorkbookFile file) {
        List<WorkbookParts.CoverField> fields = file.cover().fields().stream()
                .map(f -> new WorkbookParts.CoverField(f.code(), f.label(), f.kind(), Optional.ofNullable(f.prompt())))
                .toList();
        return new WorkbookParts(file.font(), new WorkbookParts.Cover(file.cover().sheet(), file.cover().title(),
                fields), file.checks(), new WorkbookParts.Notes(file.notes().sheet(), file.notes().title(),
                        FormFiles.orEmpty(file.notes().common())), file.narrative(), file.source());
    }

    private static void checkSheetNames(List<TableDef> tables, WorkbookParts parts) {
        List<String> names = new ArrayList<>();
        names.add(parts.cover().sheet());
        tables.forEach(t -> names.add(t.sheet()));
        names.add(parts.checks().sheet());
        names.add(parts.notes().sheet());
        names.add(parts.narrative().sheet());
        names.add(parts.source().sheet());
        for (String name : names) {
            if (name == null || name.isBlank() || name.length() > 31
                    || name.chars().anyMatch(ch -> SHEET_NAME_FORBIDDEN.indexOf(ch) >= 0)) {
                throw new IllegalArgumentException("工作表名称不合法（最多 31 个字符，不含 []:*?/\\）：'" + name + "'");
            }
        }
        Set<String> duplicates = names.stream().filter(n -> names.indexOf(n) != names.lastIndexOf(n))
                .collect(Collectors.toSet());
        if (!duplicates.isEmpty()) {
            throw new IllegalArgumentException("工作表名称重复：" + duplicates);
        }
    }

    /** The YAML files on the class path, read with {@code mapper}; {@code read} collects the name of each. */
    private record YamlFiles(ObjectMapper mapper, Set<String> read) {

        <T> T read(String file, Class<T> type) {
            read.add(file);
            try (InputStream in = FormDefinitions.class.getResourceAsStream(ROOT + file)) {
                if (in == null) {
                    throw new IllegalStateException("找不到表单定义文件 " + ROOT + file);
                }
                return mapper.readValue(in, type);
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取表单定义文件 " + file + "：" + e.getMessage(), e);
            }
        }
    }
}
