package cn.nianbao.annualreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.nianbao.annualreport.form.FindingCatalog;
import cn.nianbao.annualreport.form.FindingKind;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Severity;
import org.junit.jupiter.api.Test;

/**
 * The definitions own every rule id: no Java source under {@code src/main/java} spells one as a string literal (code
 * names a finding through its {@link FindingKind}, a form rule through the definitions), and every
 * {@code Finding.error(FindingKind.X, …)} or {@code Finding.warning(…)} raises X with a severity the catalog gives it.
 */
class NoRuleIdLiteralsTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    /**
     * Literals that spell an id but mean something else, by file: the rule kind {@code balance} of the tables'
     * YAML ({@code kind: balance}), and the file status {@code partly-read} that reports write beside findings (and
     * the summary counts files by).
     */
    private static final Map<String, Set<String>> OTHER_MEANINGS = Map.of(
            "RuleExpander.java", Set.of("balance"),
            "FileResult.java", Set.of("partly-read"),
            "CheckCommand.java", Set.of("partly-read"));

    private static final Pattern RAISED = Pattern.compile(
            "Finding\\.(error|warning)\\(\\s*FindingKind\\.([A-Z_]+)");

    @Test
    void noSourceSpellsARuleIdTheDefinitionsOrTheCatalogOwn() throws IOException {
        Set<String> ids = FormDefinitions.load().ruleIds();
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            Set<String> allowed = OTHER_MEANINGS.getOrDefault(file.getFileName().toString(), Set.of());
            for (String literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                if (ids.contains(literal) && !allowed.contains(literal)) {
                    found.add(SOURCES.relativize(file) + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), found, "rule ids spelled as literals; use FindingKind or the definitions");
    }

    @Test
    void everyFindingRaisedThroughItsKindHasASeverityTheCatalogGivesIt() throws IOException {
        FindingCatalog catalog = FormDefinitions.load().findings();
        Set<FindingKind> raised = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            Matcher m = RAISED.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                FindingKind kind = FindingKind.valueOf(m.group(2));
                raised.add(kind);
                Severity severity = Severity.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                if (!catalog.entry(kind).severities().contains(severity)) {
                    wrong.add(SOURCES.relativize(file) + ": " + kind + " as " + severity);
                }
            }
        }
        assertTrue(raised.size() > 25, "the scan finds the findings raised through their kind: " + raised);
        assertEquals(List.of(), wrong, "severities the catalog (findings.yaml) does not give");
    }

    @Test
    void theLiteralScanSeesStringsButNotCommentsOrCharacters() {
        String source = "// \"row-sum\" in a comment\n/* \"balance\" */ String a = \"sheet-missing\"; char c = '\"';"
                + " String b = \"say \\\"hi\\\"\"; String t = \"\"\"\n  text block\n  \"\"\";";
        assertEquals(List.of("sheet-missing", "say \\\"hi\\\"", "\n  text block\n  "), stringLiterals(source));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The string literals of a Java source as written (escapes left as they are), comments skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? n : end;
                literals.add(source.substring(i + 3, stop));
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(source.substring(i + 1, Math.min(j, n)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
