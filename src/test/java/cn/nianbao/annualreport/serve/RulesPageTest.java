package cn.nianbao.annualreport.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import cn.nianbao.annualreport.check.Messages;
import cn.nianbao.annualreport.form.CellCode;
import cn.nianbao.annualreport.form.CellDef;
import cn.nianbao.annualreport.form.CrossYearRule;
import cn.nianbao.annualreport.form.FindingCatalog;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.Severity;
import cn.nianbao.annualreport.form.Term;
import cn.nianbao.annualreport.form.ValueRule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The rules page explains every finding of the catalog and every rule of every edition with the definitions' own
 * words, one anchor per rule id, as well-formed, escaped HTML.
 */
class RulesPageTest {

    private static final FormDefinitions FORMS = FormDefinitions.load();
    private static final String HTML = RulesPage.html(FORMS);
    private static final Document PAGE = Jsoup.parseBodyFragment(HTML);
    private static final Messages MESSAGES = Messages.of(Locale.CHINESE);

    @Test
    void everyFindingOfTheCatalogHasARowAnchoredAtItsIdWithItsExplanation() {
        FindingCatalog catalog = FORMS.findings();
        assertTrue(catalog.findings().size() > 30);
        for (FindingCatalog.Entry entry : catalog.findings()) {
            Element row = PAGE.getElementById(RulesPage.anchor(entry.id()));
            assertNotNull(row, entry.id());
            assertEquals("tr", row.tagName(), entry.id());
            assertEquals(entry.id(), row.selectFirst("code").text());
            assertEquals(entry.explanation(), row.child(2).text(), entry.id());
            Element section = row.closest("section");
            assertEquals(catalog.topics().get(entry.about()), section.selectFirst("h2").text(), entry.id());
        }
    }

    @Test
    void topicsComeInTheCatalogsOrderThenTheFormRulesThenTheEditionsNewestFirst() {
        List<String> expected = new ArrayList<>();
        FORMS.findings().topics().keySet().forEach(code -> expected.add("topic-" + code));
        expected.add("form-rules");
        FORMS.codes().forEach(code -> expected.add("edition-" + code));
        assertEquals(expected, PAGE.select("body > section").eachAttr("id"));
        assertEquals(List.of("2021", "2019"), FORMS.codes());
    }

    @Test
    void aFindingSeriousInWorkbooksButOnlyAWarningInPublishedReportsSaysBoth() {
        FindingCatalog.Entry converting = FORMS.findings().findings().stream()
                .filter(e -> e.converting().isPresent() && e.converting().get() != e.severity()).findFirst()
                .orElseThrow();
        String error = MESSAGES.text("severity.error");
        String warning = MESSAGES.text("severity.warning");
        String words = PAGE.getElementById(RulesPage.anchor(converting.id())).child(1).text();
        assertEquals(Severity.ERROR, converting.severity());
        assertTrue(words.indexOf(error) >= 0 && words.indexOf(error) < words.indexOf(warning), words);
        FindingCatalog.Entry plain = FORMS.findings().findings().stream()
                .filter(e -> e.converting().isEmpty() && e.severity() == Severity.WARNING).findFirst().orElseThrow();
        Element cell = PAGE.getElementById(RulesPage.anchor(plain.id())).child(1);
        assertEquals(warning, cell.text());
        assertTrue(cell.hasClass("severity-warning"));
    }

    @Test
    void everyRuleIdOfEveryEditionHasOneRowLinkingToEachEditionThatHasIt() {
        for (FormDefinition form : FORMS.all()) {
            for (Rule rule : form.rules()) {
                Element row = PAGE.getElementById(RulesPage.anchor(rule.id()));
                assertNotNull(row, rule.id());
                assertEquals(rule.id(), row.selectFirst("code").text());
                String target = "rule-" + form.edition() + "-" + rule.id();
                assertFalse(row.select("a[href=#" + target + "]").isEmpty(), target);
                Element instances = PAGE.getElementById(target);
                assertNotNull(instances, target);
                assertEquals("edition-" + form.edition(), instances.closest("section").id());
            }
        }
        assertTrue(FORMS.ruleIds().stream().allMatch(id -> PAGE.getElementById(RulesPage.anchor(id)) != null));
        List<RuleWording.Kind> kinds = PAGE.select("#form-rules tbody tr").stream().map(tr -> kind(tr.id()))
                .toList();
        assertEquals(kinds.stream().sorted().toList(), kinds, "sums first, value rules last");
        assertEquals(List.copyOf(EnumSet.allOf(RuleWording.Kind.class)), kinds.stream().distinct().toList());
    }

    @Test
    void everyRuleOfAnEditionIsListedWithItsTitleAndAMeaningNamingItsCellsByTheirLabels() {
        String previousYear = RulesText.chinese().get("term.previous", Map.of("cell", ""));
        for (FormDefinition form : FORMS.all()) {
            Element section = PAGE.getElementById("edition-" + form.edition());
            List<Rule> worded = form.rules().stream().filter(r -> !(r instanceof ValueRule)).toList();
            assertTrue(worded.size() > 30, form.edition());
            for (Rule rule : worded) {
                Element row = rowTitled(section, rule.title());
                String meaning = row.child(1).text();
                for (CellCode code : rule.cells()) {
                    CellDef cell = form.cell(code).orElseThrow();
                    String row1 = "「" + cell.table().rowName(cell.row()) + "」";
                    String column = "「" + cell.table().columnName(cell.column()) + "」";
                    assertTrue(meaning.contains(row1) || meaning.contains(column), rule.title() + ": " + meaning);
                }
                if (rule instanceof CrossYearRule crossYear) {
                    assertTrue(meaning.contains(previousYear), meaning);
                    boolean subtracts = crossYear.left().stream().anyMatch(t -> t.sign() < 0)
                            || crossYear.right().stream().anyMatch(t -> t.sign() < 0);
                    assertEquals(subtracts, meaning.contains("−"), meaning);
                }
            }
        }
    }

    @Test
    void aRuleWithinOneColumnNamesTheColumnOnceAndEachCellByItsRow() {
        FormDefinition form = FORMS.edition("2021").orElseThrow();
        CrossYearRule carry = form.crossYearRules().stream()
                .filter(r -> r.cells().stream().map(CellCode::column).distinct().count() == 1
                        && r.cells().stream().map(CellCode::row).distinct().count() > 1)
                .findFirst().orElseThrow();
        CellDef subject = form.cell(carry.subject().code()).orElseThrow();
        String meaning = rowTitled(PAGE.getElementById("edition-2021"), carry.title()).child(1).text();
        String column = subject.table().columnName(subject.column());
        assertTrue(meaning.startsWith("「" + column + "」"), meaning);
        assertEquals(1, meaning.split(column, -1).length - 1, meaning);
        for (Term term : carry.left()) {
            CellDef cell = form.cell(term.code()).orElseThrow();
            assertTrue(meaning.contains("「" + cell.table().rowName(cell.row()) + "」"), meaning);
        }
    }

    @Test
    void everyValueRuleShowsItsKindsSummaryPromptAndTheColumnsItHoldsFor() {
        for (FormDefinition form : FORMS.all()) {
            List<ValueRule> values = form.rules().stream().filter(ValueRule.class::isInstance)
                    .map(ValueRule.class::cast).toList();
            assertTrue(values.size() >= 2, form.edition());
            for (ValueRule value : values) {
                Element row = PAGE.getElementById("rule-" + form.edition() + "-" + value.id());
                assertEquals(value.kind().summary(), row.child(2).text());
                assertEquals(value.kind().prompt(), row.child(3).text());
                for (CellCode code : value.cells()) {
                    CellDef cell = form.cell(code).orElseThrow();
                    assertTrue(row.child(4).text().contains(cell.table().sheet()), code.toString());
                    assertTrue(row.child(4).text().contains(cell.table().columnName(cell.column())), code.toString());
                }
                assertEquals(value.kind().summary(), PAGE.getElementById(RulesPage.anchor(value.id())).child(3)
                        .text());
            }
        }
    }

    @Test
    void thePageIsAWellFormedEscapedFragmentWithUniqueIdsAndNoDanglingLinks() throws Exception {
        assertFalse(HTML.contains("<html") || HTML.contains("<head") || HTML.contains("<body"));
        assertFalse(HTML.contains("<script") || Pattern.compile("\\son[a-z]+=").matcher(HTML).find(), "no script");
        String xml = "<div>" + HTML.replace("&nbsp;", "&#160;") + "</div>";
        assertNotNull(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        for (TextNode node : PAGE.body().textNodes()) {
            assertFalse(node.getWholeText().contains("<"), node.getWholeText());
        }
        PAGE.body().getAllElements().forEach(e -> e.textNodes().forEach(
                node -> assertFalse(node.getWholeText().contains("<") || node.getWholeText().contains(">"),
                        node.getWholeText())));
        Elements identified = PAGE.select("[id]");
        Set<String> ids = new HashSet<>(identified.eachAttr("id"));
        assertEquals(identified.size(), ids.size(), "ids are unique");
        for (String href : PAGE.select("a[href]").eachAttr("href")) {
            assertTrue(href.startsWith("#") && ids.contains(href.substring(1)), href);
        }
        assertTrue(HTML.lines().allMatch(line -> !line.isBlank()));
        assertEquals(RulesPage.title(), PAGE.selectFirst("h1").text());
        assertEquals(List.of(MESSAGES.text("severity.error"), MESSAGES.text("severity.warning")),
                PAGE.select("dl.severities dt").eachText());
    }

    @Test
    void escapesMarkupAndQuotesInTheDefinitionsWords() {
        assertEquals("「a &lt;b&gt; &amp; &quot;c&quot;」", RulesPage.escape("「a <b> & \"c\"」"));
        assertEquals(HTML.split("<tr", -1).length - 1, PAGE.select("tr").size());
    }

    /** The kind of the rule an overview row is anchored at. */
    private static RuleWording.Kind kind(String anchor) {
        return FORMS.all().stream().flatMap(form -> form.rules().stream())
                .filter(rule -> RulesPage.anchor(rule.id()).equals(anchor)).map(RuleWording.Kind::of).findFirst()
                .orElseThrow();
    }

    /** The row of a table in the section whose first cell is this rule title. */
    private static Element rowTitled(Element section, String title) {
        return section.select("table.rules tbody tr").stream().filter(tr -> tr.child(0).text().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no row titled " + title));
    }
}
