package cn.nianbao.annualreport.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every reason a reader can give has its words in Chinese and in English: the two bundles hold the same keys with
 * the same placeholders, every key the code names is in them, and every text in them is one the code can give.
 */
class ReasonBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)(?:\\.wan)?}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /**
     * A key the code names: the first text given to a reason ({@code Reason.of("pdf.encrypted")}, {@code new
     * Reason("pdf.pages", …)}, {@code UnreadableWorkbookException.of(…)}), or the last one given to a workbook's limit
     * or name check, or to a library failure's table ({@code Map.entry("cen header", "zip.cen-header")}).
     */
    private static final List<Pattern> KEY_IN_CODE = List.of(
            Pattern.compile("(?:Reason\\.of|new Reason|UnreadableWorkbookException\\.of)\\(\\s*"
                    + "\"([a-z][a-z0-9_.-]*)\"\\s*[,)]"),
            Pattern.compile("(?:limit|unique|lookup|Map\\.entry)\\([^;\\n]*?\"([a-z][a-z0-9_-]*\\.[a-z0-9_.-]+)\"\\)"));
    /** Keys put together from a name rather than written out: a format's name and programs, a list's separator. */
    private static final Pattern BUILT_KEY = Pattern.compile("foreign\\.[a-z_]+\\.(format|programs)|list\\.separator");

    private static final Properties CHINESE = load("reasons_zh.properties");
    private static final Properties ENGLISH = load("reasons_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeysWithTheSamePlaceholders() {
        assertTrue(CHINESE.size() > 100, "reasons_zh has " + CHINESE.size());
        assertEquals(new TreeSet<>(CHINESE.stringPropertyNames()), new TreeSet<>(ENGLISH.stringPropertyNames()));
        for (String key : CHINESE.stringPropertyNames()) {
            assertEquals(placeholders(CHINESE.getProperty(key)), placeholders(ENGLISH.getProperty(key)), key);
            assertFalse(HAN.matcher(ENGLISH.getProperty(key)).find(), key + " in English holds Chinese");
            assertFalse(ENGLISH.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void everyReasonIsSaidInBothLanguagesWithItsArgumentsFilledIn() {
        for (String key : CHINESE.stringPropertyNames()) {
            Map<String, Object> args = new HashMap<>();
            placeholders(CHINESE.getProperty(key)).forEach(name -> args.put(name, 120_000));
            Reason reason = new Reason(key, args);
            assertFalse(reason.chinese().contains("{"), key);
            assertFalse(reason.english().contains("{") || HAN.matcher(reason.english()).find(), key);
        }
        Reason nested = new Reason("workbook.too-many", Map.of("what", Reason.of("workbook.many.sheets"), "limit", 10));
        assertEquals("工作表过多：超过 10 个", nested.chinese());
        assertEquals("too many sheets: more than 10", nested.english());
        Reason text = Reason.of("workbook.too-much-text", "limit", 10_000_000);
        assertEquals("文字过多：超过 1000 万个字符", text.chinese());
        assertEquals("too much text: more than 10000000 characters", text.english());
        Reason codes = new Reason("json.unknown-cells", Map.of("edition", "2021", "codes", List.of("a.b.c", "d.e.f")));
        assertTrue(codes.chinese().endsWith("：a.b.c、d.e.f"), codes.chinese());
        assertTrue(codes.english().endsWith(": a.b.c, d.e.f"), codes.english());
    }

    @Test
    void aReasonWithoutItsTextsOrArgumentsFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Reason.of("no.such.reason").english());
        assertThrows(IllegalStateException.class, () -> Reason.of("workbook.too-many").chinese());
        assertThrows(IllegalArgumentException.class, () -> Reason.of("empty", "what", new Object()));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundlesAndEveryKeyThereIsNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern key : KEY_IN_CODE) {
                    Matcher m = key.matcher(code);
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(named.size() > 100, named.toString());
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(CHINESE.stringPropertyNames());
        assertEquals(Set.of(), missing, "named in the code, without words");
        Set<String> unused = new TreeSet<>(CHINESE.stringPropertyNames());
        unused.removeAll(named);
        unused.removeIf(key -> BUILT_KEY.matcher(key).matches());
        assertEquals(Set.of(), unused, "words no code gives");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) {
        Properties texts = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        return texts;
    }
}
