package cn.nianbao.annualreport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.Finding;
import cn.nianbao.annualreport.form.FormDefinitions;
import org.junit.jupiter.api.Test;

/**
 * The message bundles are complete: both languages have the same rule ids with the same placeholders, every rule id
 * the definitions and the findings catalog can produce has a template, and no template is for an id nothing
 * produces. No test asserts the prose itself.
 */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    @Test
    void bothLanguagesHaveTheSameRuleIdsWithTheSamePlaceholders() throws IOException {
        Properties zh = bundle("zh");
        Properties en = bundle("en");
        assertEquals(zh.stringPropertyNames(), en.stringPropertyNames());
        for (String id : zh.stringPropertyNames()) {
            assertEquals(placeholders(zh.getProperty(id)), placeholders(en.getProperty(id)), id);
        }
    }

    /**
     * Every id the loaded definitions (sum, balance, cross-year and value rules, of every edition and variant) and
     * the findings catalog can produce has a template in both languages.
     */
    @Test
    void everyRuleIdTheDefinitionsAndTheCatalogCanProduceHasATemplateInBothLanguages() {
        Set<String> ids = FormDefinitions.load().ruleIds();
        assertTrue(ids.size() > 40 && ids.contains("non-negative-integer") && ids.contains("sheet-missing"),
                "the definitions' and the catalog's ids: " + ids);
        for (Locale language : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            Messages messages = Messages.of(language);
            ids.forEach(id -> assertTrue(messages.has(id), "no " + language + " template for " + id));
        }
    }

    @Test
    void noTemplateIsForAnIdNothingCanProduce() throws IOException {
        Set<String> ids = FormDefinitions.load().ruleIds();
        Set<String> orphans = new TreeSet<>(bundle("zh").stringPropertyNames());
        orphans.removeIf(key -> key.contains(".")); // the words of our own sheets (sources.sheet, …), not rule ids
        orphans.removeAll(ids);
        assertEquals(Set.of(), orphans, "templates for ids neither the definitions nor the catalog produce");
    }

    @Test
    void rendersPlaceholdersFromTheFindingsFieldsInEitherLanguage() {
        Finding finding = Finding.error("row-sum", Map.of("title", "本年新收", "cells", "requests.new.total",
                "total", "0", "parts", "11")).about(CellCode.parse("requests.new.total")).values("11", "0");
        String zh = Messages.of(Locale.CHINESE).render(finding);
        String en = Messages.of(Locale.ENGLISH).render(finding);
        for (String text : new String[] {zh, en}) {
            assertTrue(text.contains("本年新收") && text.contains("11") && text.contains("0"), text);
            assertFalse(text.contains("requests.new.total"), "codes go in their own field, not the sentence: " + text);
            assertFalse(text.contains("{"), text);
        }
        assertFalse(zh.equals(en));
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
